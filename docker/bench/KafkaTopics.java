import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * The benchmarks' view of Kafka (the broker from Maven Central has no command-line tools):
 *   java -cp 'target/quarkus-app/lib/main/*' docker/bench/KafkaTopics.java <bootstrap> delete <prefix>
 *   java -cp 'target/quarkus-app/lib/main/*' docker/bench/KafkaTopics.java <bootstrap> records <prefix>
 * "records" prints the number of records in the topics named <prefix>.* (the sum of their end offsets).
 */
public class KafkaTopics {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        try (Admin admin = Admin.create(props)) {
            Set<String> topics = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(args[2] + ".")).collect(Collectors.toSet());
            // the contexts' topics only (<prefix>.<context>), not a consumer's dead letters (<prefix>.dead-letters.<consumer>)
            if (args[1].equals("records")) topics.removeIf(t -> t.substring(args[2].length() + 1).contains("."));
            if (args[1].equals("delete")) {
                if (!topics.isEmpty()) admin.deleteTopics(topics).all().get(60, TimeUnit.SECONDS);
                // deletion is asynchronous on the broker: wait until the names are gone
                for (int i = 0; i < 100 && admin.listTopics().names().get().stream().anyMatch(topics::contains); i++) Thread.sleep(200);
                System.out.println(topics.size());
                return;
            }
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> ends = described.values().stream()
                    .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                    .collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            long total = 0;
            for (var info : admin.listOffsets(ends).all().get(30, TimeUnit.SECONDS).values()) total += info.offset();
            System.out.println(total);
        }
    }
}

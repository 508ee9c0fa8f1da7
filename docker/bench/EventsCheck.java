import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The events crash test's judge: PostgreSQL's committed changes against what is on Kafka.
 *   java -cp 'target/quarkus-app/lib/main/*' docker/bench/EventsCheck.java <bootstrap> <topic prefix> <jdbc url>
 * Reads every event recorded in the outbox and every record on <prefix>.<context>, and checks that each recorded
 * event is on its topic (lost), that each subject's events are on Kafka in the order they were recorded (first
 * appearance of each id), and that each subscription's last event says the state the database has. Counts
 * duplicates (at least once: a consumer's inbox drops them). Exits 1 when anything is lost, out of order or wrong.
 */
public class EventsCheck {
    public static void main(String[] args) throws Exception {
        String bootstrap = args[0], prefix = args[1], url = args[2];
        ObjectMapper json = new ObjectMapper();

        Map<String, List<String>> recordedBySubject = new HashMap<>();
        Set<String> recorded = new HashSet<>();
        long unpublished;
        Map<String, String> subscriptionStates = new HashMap<>();
        try (Connection db = DriverManager.getConnection(url, "gudok", "gudok")) {
            try (ResultSet row = db.createStatement().executeQuery(
                    "SELECT event_id, subject FROM event_outbox ORDER BY position")) {
                while (row.next()) {
                    recorded.add(row.getString(1));
                    recordedBySubject.computeIfAbsent(row.getString(2), s -> new ArrayList<>()).add(row.getString(1));
                }
            }
            try (ResultSet row = db.createStatement().executeQuery("SELECT count(*) FROM event_outbox WHERE published_at IS NULL")) {
                row.next();
                unpublished = row.getLong(1);
            }
            try (ResultSet row = db.createStatement().executeQuery("SELECT id, state FROM subscriptions")) {
                while (row.next()) subscriptionStates.put(row.getString(1), row.getString(2));
            }
        }

        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long records = 0;
        Map<String, List<String>> onKafkaBySubject = new HashMap<>();
        Map<String, String> lastSubscriptionState = new HashMap<>();
        Set<String> created = new HashSet<>();
        Set<String> seen = new HashSet<>();
        long wrongKey = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.listTopics(Duration.ofSeconds(30)).entrySet().stream()
                    .filter(e -> e.getKey().startsWith(prefix + ".") && !e.getKey().substring(prefix.length() + 1).contains("."))
                    .flatMap(e -> e.getValue().stream().map(p -> new TopicPartition(p.topic(), p.partition())))
                    .collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    records++;
                    String id = header(record, "ce_id"), subject = header(record, "ce_subject"), type = header(record, "ce_type");
                    if (!record.key().equals(subject)) wrongKey++;
                    if (!seen.add(id)) continue; // a duplicate: the first appearance is the one that counts
                    onKafkaBySubject.computeIfAbsent(subject, s -> new ArrayList<>()).add(id);
                    if (type.startsWith("io.gudok.subscription.")) {
                        if (type.equals("io.gudok.subscription.created.v1")) created.add(subject);
                        JsonNode data = json.readTree(record.value());
                        if (data.has("state") && data.path("id").asText().equals(subject)) lastSubscriptionState.put(subject, data.get("state").asText());
                    }
                }
            }
        }

        long lost = recorded.stream().filter(id -> !seen.contains(id)).count();
        long outOfOrder = 0;
        for (var entry : recordedBySubject.entrySet()) {
            List<String> onKafka = onKafkaBySubject.getOrDefault(entry.getKey(), List.of());
            if (!onKafka.equals(entry.getValue()) && lost == 0) outOfOrder++;
        }
        long noCreated = subscriptionStates.keySet().stream().filter(id -> !created.contains(id)).count();
        long wrongState = subscriptionStates.entrySet().stream()
                .filter(e -> !e.getValue().equals(lastSubscriptionState.get(e.getKey()))).count();
        long duplicates = records - seen.size();
        System.out.printf("events recorded %d (unpublished %d), records on Kafka %d, distinct %d%n", recorded.size(), unpublished, records, seen.size());
        System.out.printf("lost %d, duplicated %d, subjects out of order %d of %d, record key not the subject %d%n",
                lost, duplicates, outOfOrder, recordedBySubject.size(), wrongKey);
        System.out.printf("subscriptions %d: without subscription.created %d, last event's state not the database's %d%n",
                subscriptionStates.size(), noCreated, wrongState);
        boolean pass = lost == 0 && outOfOrder == 0 && wrongKey == 0 && noCreated == 0 && wrongState == 0 && unpublished == 0
                && !recorded.isEmpty();
        System.out.println(pass ? "PASS" : "FAIL");
        System.exit(pass ? 0 : 1);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }
}

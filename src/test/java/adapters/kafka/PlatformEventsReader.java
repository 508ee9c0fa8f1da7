package adapters.kafka;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads platform events off Kafka with the CloudEvents Java SDK (an implementation independent of the one that
 * wrote them), from the end of the topics as they were when the reader was opened.
 */
public final class PlatformEventsReader implements AutoCloseable {
    private final KafkaConsumer<String, CloudEvent> consumer;
    private final List<ConsumerRecord<String, CloudEvent>> seen = new ArrayList<>();

    public PlatformEventsReader(String... topics) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new CloudEventDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            // The app creates the topics at start-up, in the background: wait for them.
            while (true) {
                var infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                    break;
                }
                if (System.nanoTime() > deadline) throw new IllegalStateException("topic " + topic + " never appeared");
                sleep(200);
            }
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, before the test acts
    }

    /** Every record read so far. */
    public List<ConsumerRecord<String, CloudEvent>> seen() {
        return seen;
    }

    /** Reads until {@code count} records match (or the time runs out); returns those that match, in order read. */
    public List<ConsumerRecord<String, CloudEvent>> await(Predicate<ConsumerRecord<String, CloudEvent>> matching, int count, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (seen.stream().filter(matching).count() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return seen.stream().filter(matching).toList();
    }

    /** Reads for a while longer, to see that nothing more comes. */
    public void readFor(Duration time) {
        long deadline = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < deadline) consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}

package adapters.kafka;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Kafka producer of the platform events (the relay's, and the history consumer's dead letters), on the Kafka
 * client itself rather than SmallRye's connector: the connector's per-message machinery cost more than twice the
 * CPU per event (docker/bench/RESULTS.md, events benchmark runs E and F), which the write path could not afford.
 * Every replica acknowledges, the producer is idempotent (a retry neither duplicates nor reorders), and it never
 * gives a send up: a send expired while a later one to the same partition got through would put a subject's
 * events out of order, so while Kafka is away sends wait, and the events wait in the outbox. Created on first use,
 * so that a broker away at start-up delays nothing.
 */
@ApplicationScoped
public class EventProducer {
    private final String bootstrapServers;
    private final int lingerMs;
    private final String compression;
    private volatile KafkaProducer<String, byte[]> producer;
    private volatile boolean closed;

    EventProducer(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                  @ConfigProperty(name = "gudok.events.producer.linger", defaultValue = "5ms") Duration linger,
                  @ConfigProperty(name = "gudok.events.producer.compression", defaultValue = "none") String compression) {
        this.bootstrapServers = bootstrapServers;
        this.lingerMs = Math.toIntExact(linger.toMillis());
        this.compression = compression;
    }

    /** Sends a record; the future completes when every replica has it, or fails with what Kafka said. */
    CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<RecordMetadata> ack = new CompletableFuture<>();
        try {
            producer().send(record, (metadata, failure) -> {
                if (failure == null) ack.complete(metadata);
                else ack.completeExceptionally(failure);
            });
        } catch (RuntimeException failure) { // no metadata within max.block.ms, a record too large, a closed producer
            ack.completeExceptionally(failure);
        }
        return ack;
    }

    private KafkaProducer<String, byte[]> producer() {
        KafkaProducer<String, byte[]> current = producer;
        if (current != null) return current;
        synchronized (this) {
            if (closed) throw new IllegalStateException("the event producer is closed (shutting down)");
            if (producer == null) {
                producer = new KafkaProducer<>(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG, "gudok-events",
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                        ProducerConfig.LINGER_MS_CONFIG, lingerMs,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG, compression,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Integer.MAX_VALUE,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                        // Metadata for a send is waited for 5 s at most; then the relay tries the batch again.
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000),
                        new StringSerializer(), new ByteArraySerializer());
            }
            return producer;
        }
    }

    @PreDestroy
    synchronized void close() {
        closed = true;
        if (producer != null) producer.close(Duration.ofSeconds(5));
    }
}

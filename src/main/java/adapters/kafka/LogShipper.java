package adapters.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * gudok's own WARN and ERROR log records to {@code <prefix>.logs} as JSON, for the log alerts (docs/classification.md).
 * Logging never waits for Kafka: a record is put in a bounded queue, or dropped (and counted) when the queue is full;
 * a thread of its own sends the queue with a producer of its own that gives up on a record after a few seconds.
 * Kafka's own client loggers are left out, so that Kafka being away does not fill the queue with news of itself.
 */
@ApplicationScoped
public class LogShipper {
    static final String TOPIC_SUFFIX = ".logs";
    static final int MAX_MESSAGE = 2_000, MAX_STACK = 8_000, MAX_CAUSES = 10, FRAMES = 12;
    private final boolean enabled;
    private final String topic;
    private final String bootstrapServers;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();
    private final BlockingQueue<String> queue;
    private final Counter shipped, dropped;
    private volatile KafkaProducer<String, String> producer;
    private volatile Thread sender;
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.WARNING.intValue() || !isLoggable(record)) return;
            String logger = record.getLoggerName() == null ? "" : record.getLoggerName();
            if (logger.startsWith("org.apache.kafka") || logger.equals(LogShipper.class.getName())) return;
            if (!queue.offer(toJson(record, logger))) dropped.increment();
        }

        @Override
        public void flush() { }

        @Override
        public void close() { }
    };

    LogShipper(@ConfigProperty(name = "gudok.logs.to-kafka.enabled", defaultValue = "true") boolean enabled,
               @ConfigProperty(name = "gudok.events.topics.prefix", defaultValue = "gudok") String prefix,
               @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
               @ConfigProperty(name = "gudok.logs.to-kafka.queue", defaultValue = "1000") int queueSize,
               ObjectMapper json, MeterRegistry registry) {
        this.enabled = enabled;
        this.topic = prefix + TOPIC_SUFFIX;
        this.bootstrapServers = bootstrapServers;
        this.json = json;
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.shipped = Counter.builder("gudok.logs.shipped").description("WARN and ERROR records sent to the logs topic").register(registry);
        this.dropped = Counter.builder("gudok.logs.dropped")
                .description("WARN and ERROR records dropped: the queue to Kafka was full, or Kafka refused them").register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!enabled) return;
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.CLIENT_ID_CONFIG, "gudok-logs",
                ProducerConfig.ACKS_CONFIG, "1",
                ProducerConfig.LINGER_MS_CONFIG, 100,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 2_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 4 * 1024 * 1024),
                new StringSerializer(), new StringSerializer());
        sender = new Thread(this::send, "gudok-log-shipper");
        sender.setDaemon(true);
        sender.start();
        java.util.logging.Logger.getLogger("").addHandler(handler);
    }

    void stop(@Observes ShutdownEvent event) {
        java.util.logging.Logger.getLogger("").removeHandler(handler);
        Thread running = sender;
        if (running != null) running.interrupt();
        KafkaProducer<String, String> open = producer;
        if (open != null) open.close(java.time.Duration.ofSeconds(2));
    }

    private void send() {
        List<String> batch = new ArrayList<>();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                String first = queue.poll(1, TimeUnit.SECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, 499);
                for (String record : batch) {
                    producer.send(new ProducerRecord<>(topic, record), (metadata, failed) -> {
                        if (failed == null) shipped.increment();
                        else dropped.increment();
                    });
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                dropped.increment(batch.size()); // Kafka away longer than the producer waits: dropped, never blocking
            } finally {
                batch.clear();
            }
        }
    }

    String toJson(LogRecord record, String logger) {
        ObjectNode node = json.createObjectNode();
        node.put("id", UUID.randomUUID().toString());
        node.put("time", (record.getInstant() == null ? clock.instant() : record.getInstant()).toString());
        node.put("logger", logger);
        node.put("level", record.getLevel().intValue() >= Level.SEVERE.intValue() ? "ERROR" : "WARN");
        node.put("message", cut(message(record), MAX_MESSAGE));
        var types = node.putArray("exceptionTypes");
        Throwable thrown = record.getThrown();
        for (int i = 0; thrown != null && i < MAX_CAUSES; i++, thrown = thrown.getCause()) types.add(thrown.getClass().getName());
        if (record.getThrown() != null) node.put("stackTrace", cut(trace(record.getThrown()), MAX_STACK));
        return node.toString();
    }

    /** Each exception of the chain with its first frames, so that the causes are in even when the frames are many. */
    private static String trace(Throwable thrown) {
        StringBuilder trace = new StringBuilder();
        for (int i = 0; thrown != null && i < MAX_CAUSES; i++, thrown = thrown.getCause()) {
            trace.append(i == 0 ? "" : "Caused by: ").append(thrown).append('\n');
            StackTraceElement[] frames = thrown.getStackTrace();
            for (int f = 0; f < Math.min(FRAMES, frames.length); f++) trace.append("\tat ").append(frames[f]).append('\n');
            if (frames.length > FRAMES) trace.append("\t... ").append(frames.length - FRAMES).append(" more\n");
        }
        return trace.toString();
    }

    private static String message(LogRecord record) {
        if (record instanceof org.jboss.logmanager.ExtLogRecord ext) return String.valueOf(ext.getFormattedMessage());
        return String.valueOf(record.getMessage());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

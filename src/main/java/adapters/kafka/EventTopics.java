package adapters.kafka;

import domain.shared.EventContext;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the event topics ({@code gudok.<context>}) and the consumers' dead-letter topics at start-up with the configured partitions and replication,
 * in the background and again until Kafka answers, so that a broker away at start-up neither delays nor fails
 * the start. The relay publishes only once they exist: a topic made by the broker's auto-creation would take
 * the broker's defaults instead.
 */
@ApplicationScoped
public class EventTopics {
    private static final Logger LOG = Logger.getLogger(EventTopics.class);

    private final String bootstrapServers;
    private final String prefix;
    private final int partitions;
    private final short replicationFactor;
    private final String retention;
    private volatile boolean ensured;
    private volatile boolean running = true;

    EventTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                @ConfigProperty(name = "gudok.events.topics.prefix", defaultValue = "gudok") String prefix,
                @ConfigProperty(name = "gudok.events.topics.partitions", defaultValue = "6") int partitions,
                @ConfigProperty(name = "gudok.events.topics.replication-factor", defaultValue = "1") short replicationFactor,
                @ConfigProperty(name = "gudok.events.topics.retention", defaultValue = "30d") java.time.Duration retention) {
        this.bootstrapServers = bootstrapServers;
        this.prefix = prefix;
        this.partitions = partitions;
        this.replicationFactor = replicationFactor;
        this.retention = Long.toString(retention.toMillis());
    }

    List<String> names() {
        return Arrays.stream(EventContext.values()).map(c -> topic(c.name())).toList();
    }

    /** Where a consumer puts the records it cannot read as platform events: {@code <prefix>.dead-letters.<consumer>}. */
    String deadLetters(String consumer) {
        return prefix + ".dead-letters." + consumer;
    }

    /** The topic of a context's events. */
    String topic(String context) {
        return EventStreams.topic(prefix, context);
    }

    boolean ensured() {
        return ensured;
    }

    void onStart(@Observes StartupEvent event) {
        Thread creator = new Thread(this::createUntilDone, "event-topics");
        creator.setDaemon(true);
        creator.start();
    }

    @PreDestroy
    void stop() {
        running = false;
    }

    private void createUntilDone() {
        while (running && !ensured) {
            try (Admin admin = Admin.create(Map.of(
                    AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.CLIENT_ID_CONFIG, "gudok-event-topics",
                    AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
                Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
                List<String> wanted = new java.util.ArrayList<>(names());
                wanted.add(deadLetters(EventHistoryConsumer.CONSUMER));
                wanted.add(deadLetters(WebhookEventConsumer.CONSUMER));
                wanted.add(deadLetters(NotificationEventConsumer.CONSUMER));
                wanted.add(deadLetters(ClassificationEventConsumer.CONSUMER));
                wanted.add(prefix + ContentRecords.TOPIC_SUFFIX); // partners' content, for the classification worker
                wanted.add(deadLetters(LogAlertConsumer.CONSUMER));
                wanted.add(prefix + LogShipper.TOPIC_SUFFIX); // gudok's own WARN and ERROR records, for the log alerts
                List<NewTopic> missing = wanted.stream().filter(name -> !existing.contains(name))
                        .map(name -> new NewTopic(name, partitions, replicationFactor)
                                .configs(Map.of("retention.ms", retention, "min.insync.replicas",
                                        Integer.toString(Math.max(1, replicationFactor - 1)))))
                        .toList();
                for (var result : admin.createTopics(missing).values().entrySet()) {
                    try {
                        result.getValue().get(10, TimeUnit.SECONDS);
                        LOG.infof("created topic %s (%d partitions, replication %d)", result.getKey(), partitions, replicationFactor);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof TopicExistsException)) throw e;
                    }
                }
                ensured = true;
            } catch (Exception e) {
                LOG.debugf("event topics not ensured yet: %s", e.getMessage());
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}

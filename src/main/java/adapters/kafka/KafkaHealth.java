package adapters.kafka;

import adapters.PlatformServices;
import jakarta.annotation.PreDestroy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import io.smallrye.health.api.HealthGroup;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Kafka is up while a broker describes its cluster within three seconds (the admin client's own default waits a
 * minute). It is not in readiness: payments and subscriptions never touch Kafka, and their events wait in the
 * outbox while it is away, so an outage must not take every instance out of its load balancer. It reports in
 * the {@code platform-services} health group and as the gauge {@code gudok.service.up{service="kafka"}}.
 */
@HealthGroup(PlatformServices.HEALTH_GROUP)
@ApplicationScoped
public class KafkaHealth implements HealthCheck {
    /** Held here: the gauge keeps only a weak reference to what it reads. */
    private final PlatformServices.CachedStatus status;
    private static final int TIMEOUT_MS = 3_000;

    private final String bootstrapServers;
    private volatile Admin admin;

    KafkaHealth(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, MeterRegistry registry) {
        this.bootstrapServers = bootstrapServers;
        this.status = new PlatformServices.CachedStatus(() -> call().getStatus() == HealthCheckResponse.Status.UP);
        io.micrometer.core.instrument.Gauge.builder(PlatformServices.UP_GAUGE, status, PlatformServices.CachedStatus::upAsNumber)
                .tag("service", "kafka").description("Whether the service answers its health check (1) or not (0)").register(registry);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            DescribeClusterResult cluster = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MS));
            int brokers = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("Kafka").up()
                    .withData("bootstrap.servers", bootstrapServers)
                    .withData("cluster", cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS))
                    .withData("brokers", brokers).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka").down()
                    .withData("bootstrap.servers", bootstrapServers)
                    .withData("error", e.toString()).build();
        }
    }

    /**
     * The client is made off the start-up path (loading it takes a while) and connects in the background,
     * so a missing broker neither delays nor fails the start, and the first probe finds it connected.
     */
    void onStart(@Observes StartupEvent event) {
        Thread init = new Thread(this::admin, "kafka-readiness-init");
        init.setDaemon(true);
        init.start();
    }

    private Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(Map.of(
                            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                            AdminClientConfig.CLIENT_ID_CONFIG, "gudok-readiness",
                            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MS,
                            AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000));
                }
                current = admin;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        if (admin != null) admin.close(java.time.Duration.ofSeconds(1));
    }
}

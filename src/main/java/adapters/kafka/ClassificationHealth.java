package adapters.kafka;

import adapters.PlatformServices;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * The classification worker is down while it cannot sort a batch (its classifier or the database away): items then
 * wait on Kafka, and it tries again. In the platform services' group with Kafka and the search engine, not in
 * readiness: the API serves on without it. With an embedded classifier, also down while the feed that keeps it in step
 * with every instance's changes cannot (the worker then waits for it).
 */
@HealthGroup(PlatformServices.HEALTH_GROUP)
@ApplicationScoped
public class ClassificationHealth implements HealthCheck {
    private final ClassificationEventConsumer worker;
    private final EmbeddedClassifierFeed feed;

    ClassificationHealth(ClassificationEventConsumer worker, EmbeddedClassifierFeed feed) {
        this.worker = worker;
        this.feed = feed;
    }

    @Override
    public HealthCheckResponse call() {
        Instant failingSince = worker.failingSince();
        Instant feedFailingSince = feed.active() ? feed.failingSince() : null;
        HealthCheckResponseBuilder health = HealthCheckResponse.named("Classification worker")
                .status(failingSince == null && feedFailingSince == null);
        if (failingSince != null) health.withData("failing since", failingSince.toString()).withData("last failure", String.valueOf(worker.lastFailure()));
        if (feed.active()) health.withData("embedded classifier feed", feedFailingSince == null ? "in step"
                : "failing since " + feedFailingSince + ": " + feed.lastFailure());
        return health.build();
    }
}

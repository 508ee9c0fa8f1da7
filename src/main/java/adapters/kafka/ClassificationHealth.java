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
 * readiness: the API serves on without it.
 */
@HealthGroup(PlatformServices.HEALTH_GROUP)
@ApplicationScoped
public class ClassificationHealth implements HealthCheck {
    private final ClassificationEventConsumer worker;

    ClassificationHealth(ClassificationEventConsumer worker) {
        this.worker = worker;
    }

    @Override
    public HealthCheckResponse call() {
        Instant failingSince = worker.failingSince();
        HealthCheckResponseBuilder health = HealthCheckResponse.named("Classification worker").status(failingSince == null);
        if (failingSince != null) health.withData("failing since", failingSince.toString()).withData("last failure", String.valueOf(worker.lastFailure()));
        return health.build();
    }
}

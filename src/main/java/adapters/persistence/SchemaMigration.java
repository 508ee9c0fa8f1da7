package adapters.persistence;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Migrates the schema at start-up. When PostgreSQL is down the app still starts, reports not ready,
 * and keeps trying in the background; it becomes ready once the schema is in place.
 */
@Readiness
@ApplicationScoped
public class SchemaMigration implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class);
    private static final long RETRY_SECONDS = 5;

    private final Flyway flyway;
    private volatile boolean migrated;
    private volatile String lastError = "not attempted yet";
    private ScheduledExecutorService retries;

    SchemaMigration(Flyway flyway) {
        this.flyway = flyway;
    }

    /** First of the start-up work: everything after it reads the schema this leaves. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        if (tryMigrate()) return;
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "schema-migration-retry");
            thread.setDaemon(true);
            return thread;
        });
        retries.scheduleWithFixedDelay(() -> {
            if (tryMigrate()) retries.shutdown();
        }, RETRY_SECONDS, RETRY_SECONDS, TimeUnit.SECONDS);
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) retries.shutdownNow();
    }

    private boolean tryMigrate() {
        try {
            flyway.migrate();
            migrated = true;
            return true;
        } catch (RuntimeException e) {
            lastError = e.getMessage();
            LOG.warnf("database schema migration failed; retrying every %d s: %s", RETRY_SECONDS, e.getMessage());
            return false;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return migrated
                ? HealthCheckResponse.named("PostgreSQL schema").up().build()
                : HealthCheckResponse.named("PostgreSQL schema").down().withData("error", String.valueOf(lastError)).build();
    }
}

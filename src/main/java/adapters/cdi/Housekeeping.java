package adapters.cdi;

import domain.scheduling.IdempotencyKeyPurge;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

/** Schedules the recurring housekeeping jobs at start-up, after the schema migration (which observes first). */
@ApplicationScoped
public class Housekeeping {
    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event, IdempotencyKeyPurge purge) {
        try {
            QuarkusTransaction.requiringNew().run(purge::ensureScheduled);
        } catch (RuntimeException e) {
            // The database is not there yet; the next start-up schedules it (each run schedules the next).
            LOG.warnf("could not schedule the idempotency-key purge: %s", e.getMessage());
        }
    }
}

package adapters.cdi;

import domain.scheduling.TestClock;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.LocalTime;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sets the test clock where it was left (or, in tests, at a set Seoul time of day) after the schema
 * migration and before the scheduler starts sending jobs: they are timed by this clock.
 */
@ApplicationScoped
public class TestClockStart {
    private static final Logger LOG = Logger.getLogger(TestClockStart.class);

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 400) StartupEvent event, TestClock clock,
                 @ConfigProperty(name = "gudok.test-clock.start-at-seoul-time") Optional<LocalTime> startAt) {
        try {
            clock.start(startAt);
        } catch (RuntimeException e) {
            LOG.warnf("test clock: could not read where it was left; it runs on real time until moved: %s", e.getMessage());
        }
    }
}

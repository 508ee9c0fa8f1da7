package adapters.kafka;

import domain.shared.ConcurrentUpdateException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.jboss.logging.Logger;

/**
 * A consumer's batch, done in one transaction and tried again until it commits, so that no event is skipped: a lost
 * race (a deadlock with another instance's work) soon again, any other failure (the database away) after a second.
 * The batch is acknowledged only after this returns.
 */
final class UntilCommitted {
    private static final Logger LOG = Logger.getLogger(UntilCommitted.class);

    private UntilCommitted() { }

    static void run(String consumer, int events, Runnable work) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(work);
                if (attempt > 1) LOG.infof("%s: a batch of %d events kept after %d attempts", consumer, events, attempt);
                return;
            } catch (RuntimeException failed) {
                if (lostARace(failed)) {
                    LOG.debugf("%s: a batch lost a race (%s); trying again", consumer, failed.toString());
                    Thread.sleep(20L * Math.min(attempt, 50));
                    continue;
                }
                if (attempt == 1 || attempt % 60 == 0) {
                    LOG.warnf("%s: a batch of %d events could not be kept (%s); trying again", consumer, events, failed.toString());
                }
                Thread.sleep(1_000);
            }
        }
    }

    private static boolean lostARace(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentUpdateException) return true;
        }
        return false;
    }
}

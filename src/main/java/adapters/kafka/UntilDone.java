package adapters.kafka;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * A classification batch, tried again with a growing pause (to 30 s) until it is done, so that no record is skipped:
 * unlike {@link UntilCommitted}, the work is not one transaction (it calls the classifier, outside any). The batch is
 * acknowledged only after this returns; the work must be safe to repeat.
 */
final class UntilDone {
    private static final Logger LOG = Logger.getLogger(UntilDone.class);

    private UntilDone() { }

    static <T> T run(String worker, Supplier<T> work, Consumer<RuntimeException> onFailure) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException failed) {
                onFailure.accept(failed);
                if (attempt == 1 || attempt % 30 == 0) LOG.warnf("%s: a batch could not be done (%s); trying again", worker, failed.toString());
                Thread.sleep(Math.min(30_000L, 500L * attempt));
            }
        }
    }
}

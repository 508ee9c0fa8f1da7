package domain.shared;

import java.util.function.Supplier;

/**
 * Outbound port: runs work in a transaction of its own that commits before the caller goes on, whatever
 * becomes of the caller's transaction. Used to write down an intent (a top-up about to be sent to the
 * gateway) that must survive a crash of the work that follows.
 */
public interface SeparateTransaction {
    <T> T commit(Supplier<T> work);
}

package adapters.persistence;

import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Where a transaction started inside another one gets its connections. Such a transaction needs a
 * second connection while the caller's transaction holds its first; taken from the same pool, enough
 * callers at once would hold every connection while each waits for its second, until the pool's
 * time-out. So nested transactions use a pool of their own (the "nested" data source), and
 * {@link Sql} asks here which data source the running transaction belongs to.
 * Work inside a nested transaction must not start another one: it would hold a connection of that
 * pool while waiting for a second.
 */
final class NestedConnections {
    private static final ThreadLocal<DataSource> RUNNING = new ThreadLocal<>();

    private NestedConnections() { }

    /** The pool of the transaction running on this thread: the nested one inside a nested transaction, else {@code main}. */
    static DataSource poolFor(DataSource main) {
        DataSource nested = RUNNING.get();
        return nested == null ? main : nested;
    }

    static <T> T using(DataSource nested, Supplier<T> work) {
        if (RUNNING.get() != null) throw new IllegalStateException("a nested transaction cannot start another one");
        RUNNING.set(nested);
        try {
            return work.get();
        } finally {
            RUNNING.remove();
        }
    }
}

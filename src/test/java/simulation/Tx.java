package simulation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Transactions for the simulation's in-memory stores: an undo log. Every write to a {@link TxMap} while a
 * transaction is open records how to undo it; a transaction that throws is undone, as PostgreSQL would roll
 * it back. Nested ones ({@link #separately}) commit on their own, like the app's separate transactions.
 * One thread: the simulation is sequential, so there are no locks to wait for.
 */
final class Tx {
    private static final Deque<List<Runnable>> OPEN = new ArrayDeque<>();
    /** Called at every write while a transaction is open: the place where a crash is injected. */
    static Runnable beforeWrite = () -> { };

    private Tx() {
    }

    /** Runs the work as one transaction: all of its writes stay, or (if it throws) none. */
    static <T> T run(java.util.function.Supplier<T> work) {
        OPEN.push(new ArrayList<>());
        boolean done = false;
        try {
            T result = work.get();
            done = true;
            return result;
        } finally {
            List<Runnable> undo = OPEN.pop();
            if (!done) {
                for (int i = undo.size() - 1; i >= 0; i--) undo.get(i).run();
            } else if (!OPEN.isEmpty()) {
                OPEN.peek().addAll(undo); // a nested run belongs to its outer transaction
            }
        }
    }

    /** A separate transaction (the app's {@code SeparateTransaction}): it commits whatever its caller does later. */
    static <T> T separately(java.util.function.Supplier<T> work) {
        Deque<List<Runnable>> outer = new ArrayDeque<>(OPEN);
        OPEN.clear();
        try {
            return run(work);
        } finally {
            OPEN.clear();
            outer.descendingIterator().forEachRemaining(OPEN::push);
        }
    }

    /** Before a write: where a crash may strike, so that the transaction is left half-way. */
    static void writing() {
        if (!OPEN.isEmpty()) beforeWrite.run();
    }

    static void recordUndo(Runnable undo) {
        if (!OPEN.isEmpty()) OPEN.peek().add(undo);
    }

    static boolean isOpen() {
        return !OPEN.isEmpty();
    }
}

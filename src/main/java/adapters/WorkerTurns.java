package adapters;

import java.util.function.Supplier;

/**
 * Work that instances must do one at a time, whichever partitions each consumes: the classification worker takes a
 * turn per batch, so that a back-fill on one instance and an item's change on another never interleave.
 */
public interface WorkerTurns {
    /** The classification worker's turn ("gudokcl1"). */
    long CLASSIFICATION = 0x6775646f6b636c31L;

    /** Waits for the turn, does the work, gives the turn back (also when the work fails). */
    <T> T inTurn(long turn, Supplier<T> work);
}

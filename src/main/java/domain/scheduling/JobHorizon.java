package domain.scheduling;

import java.time.Instant;
import java.util.Optional;

/** Outbound port: what a test clock needs to know of the jobs ahead of it. */
public interface JobHorizon {
    /** When the earliest job still waiting to run is due, if any. */
    Optional<Instant> earliestDue();

    /** How many jobs due by {@code by} still wait to run. */
    long waitingDueBy(Instant by);

    /**
     * Sends once more, straight to the ready queue, up to {@code limit} jobs due by {@code dueBy} whose current
     * message was sent before {@code sentBefore} and has not run them: it may wait in a delay tier timed by the
     * clock before it moved. A duplicate of a message still on its way does nothing.
     */
    int sendAgain(Instant dueBy, Instant sentBefore, int limit);
}

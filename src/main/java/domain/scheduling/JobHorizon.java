package domain.scheduling;

import java.time.Instant;
import java.util.Optional;

/** Outbound port: what a test clock needs to know of the jobs ahead of it. */
public interface JobHorizon {
    /** When the earliest job still waiting to run is due, if any. */
    Optional<Instant> earliestDue();

    /** How many jobs due by {@code by} still wait to run. */
    long waitingDueBy(Instant by);
}

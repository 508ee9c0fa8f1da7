package domain.scheduling;

import java.time.Duration;

/** What handling one message did. {@code lateness} is set when the job fired. */
public record RunOutcome(Kind kind, JobType type, Duration lateness) {
    public enum Kind {
        /** The handler ran and the job is done. */
        FIRED,
        /** The handler failed; the job will be tried again. */
        FAILED,
        /** The handler failed for the last allowed time; the job is parked. */
        PARKED,
        /** The message arrived before its due time; the job is sent again for the rest of the wait. */
        EARLY,
        /** The message is stale (cancelled, rescheduled, already done, or a duplicate) and does nothing. */
        IGNORED
    }

    static RunOutcome ignored() {
        return new RunOutcome(Kind.IGNORED, null, null);
    }
}

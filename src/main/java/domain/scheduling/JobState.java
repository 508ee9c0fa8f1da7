package domain.scheduling;

import static domain.scheduling.JobState.Action.CANCEL;
import static domain.scheduling.JobState.Action.FAIL;
import static domain.scheduling.JobState.Action.FINISH;
import static domain.scheduling.JobState.Action.RESCHEDULE;
import static domain.scheduling.JobState.Action.RESEND;
import static domain.scheduling.JobState.Action.RETRY;

import domain.shared.TransitionTable;

/**
 * Where a job stands. SCHEDULED and PARKED jobs are live: their de-duplication key is taken. {@link #TRANSITIONS}
 * says what each action does in each state.
 */
public enum JobState {
    /** Waiting for its due time, or for its next attempt after a failure. */
    SCHEDULED,
    /** Its handler ran and committed. */
    DONE,
    CANCELLED,
    /** It failed as often as allowed; an admin may retry it. */
    PARKED;

    public enum Action {
        RESCHEDULE,
        /** Sent again under a new generation: its message came before its due time. */
        RESEND,
        CANCEL,
        FINISH,
        FAIL,
        /** An admin sends a parked job again. */
        RETRY;

        String verb() {
            return name().toLowerCase();
        }
    }

    /**
     * state × action → state. A pair not listed is refused. FAIL has a rule: the job is tried again while its
     * {@link RetryPolicy} allows attempts, and parked after the last one.
     */
    public static final TransitionTable<JobState, Action> TRANSITIONS = TransitionTable.<JobState, Action>of("job", Action::verb)
            // from       action       to
            .on(SCHEDULED, RESCHEDULE,  SCHEDULED)
            .on(SCHEDULED, RESEND,      SCHEDULED)
            .on(SCHEDULED, CANCEL,      CANCELLED)
            .on(SCHEDULED, FINISH,      DONE)
            .on(SCHEDULED, FAIL,        SCHEDULED, PARKED)

            // Rescheduling or retrying a parked job arms it again, with its attempts counted afresh.
            .on(PARKED,    RESCHEDULE,  SCHEDULED)
            .on(PARKED,    CANCEL,      CANCELLED)
            .on(PARKED,    RETRY,       SCHEDULED);
            // DONE and CANCELLED allow nothing.

    public boolean isLive() {
        return this == SCHEDULED || this == PARKED;
    }
}

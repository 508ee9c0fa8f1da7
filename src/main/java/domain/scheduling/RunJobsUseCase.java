package domain.scheduling;

import java.util.UUID;

/** Runs the job a due message names. The caller runs each call in its own transaction. */
public interface RunJobsUseCase {
    /** Runs the job if the message is current; the handler's exception escapes so its changes roll back. */
    RunOutcome run(UUID jobId, long generation);

    /** Counts a failed attempt of the job the message named: it is retried after a backoff, or parked. */
    RunOutcome recordFailure(UUID jobId, long generation, String error);

    /** Sends again, once per lost-after period, the jobs whose message has not run them long after their due time. */
    int resendOverdue();
}

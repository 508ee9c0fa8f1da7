package domain.scheduling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Schedules work for later. Called inside a use case, it takes effect only if the use case commits:
 * the job is recorded with the business change and handed to the queue after the commit.
 */
public interface JobScheduler {
    /** Records the jobs; one whose key belongs to a live job already is left out. */
    void schedule(List<JobRequest> requests);

    /** Moves the live job with this key to a new due time (a parked one is armed again); false when there is none. */
    boolean reschedule(String dedupKey, Instant newDueAt);

    /** Cancels the live jobs with these keys; a message already sent for one is ignored when it arrives. */
    void cancel(Collection<String> dedupKeys);

    /** Cancels every live job of this type about this subject (a chain whose keys the caller cannot name). */
    void cancelAll(JobType type, String subjectId);
}

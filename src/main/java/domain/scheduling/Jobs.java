package domain.scheduling;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where jobs are kept, and the outbox of messages still to send: a SCHEDULED job whose current
 * generation has not been confirmed by the queue is waiting to be sent.
 */
public interface Jobs {
    /** Adds the jobs, leaving out any whose de-duplication key belongs to a live job. */
    void add(Collection<Job> jobs);

    void update(Job job);

    /** Cancels the live jobs with these keys. */
    void cancelLive(Collection<String> dedupKeys, Instant now);

    void cancelLiveOf(JobType type, String subjectId, Instant now);

    Optional<Job> liveByDedupKey(String dedupKey);

    Optional<Job> byId(UUID id);

    /** The job, locked until the transaction ends, so that one runner at a time decides its fate. */
    Optional<Job> lockForRun(UUID id);

    Page<Job> find(String subjectIdOrNull, JobState stateOrNull, PageRequest page);

    /** Up to {@code limit} jobs waiting to be sent, locked against other senders; oldest due first. */
    List<Job> claimUnsent(int limit);

    /** The queue confirmed these jobs' messages at {@code sentAt}. */
    void markSent(Collection<Job> jobs, Instant sentAt);

    /**
     * SCHEDULED jobs due before {@code before} whose current message was sent before it too and has not
     * run them: taken as lost. Locked against other sweeps.
     */
    List<Job> overdue(Instant before, int limit);

    /** Sends these jobs' current messages once more (a duplicate of one still on its way does nothing). */
    void resendAsIs(Collection<Job> jobs);
}

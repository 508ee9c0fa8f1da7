package domain.scheduling;

import domain.scheduling.JobState.Action;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of work due at an instant. {@code generation} grows with every reschedule, cancellation and
 * retry: a message carries the generation it was sent for, and a message of an older generation is
 * ignored when it arrives. {@code failures} counts the failed attempts of the current run.
 */
public record Job(UUID id, JobType type, String subjectId, String payload, String dedupKey, Instant dueAt,
                  JobState state, int failures, long generation, String lastError,
                  Instant createdAt, Instant finishedAt) {

    public static Job from(JobRequest request, Instant now) {
        return new Job(UUID.randomUUID(), request.type(), request.subjectId(), request.payload(), request.dedupKey(),
                request.dueAt(), JobState.SCHEDULED, 0, 1, null, now, null);
    }

    public boolean isDueBy(Instant now) {
        return !dueAt.isAfter(now);
    }

    public Duration latenessAt(Instant now) {
        return Duration.between(dueAt, now);
    }

    /** A new due time; a parked job is armed again for it, with its attempts counted afresh. */
    public Job rescheduleTo(Instant newDueAt) {
        return new Job(id, type, subjectId, payload, dedupKey, newDueAt, next(Action.RESCHEDULE),
                state == JobState.PARKED ? 0 : failures, generation + 1, lastError, createdAt, null);
    }

    /** The same job sent again under a new generation: its message arrived before its due time. */
    public Job resend() {
        return new Job(id, type, subjectId, payload, dedupKey, dueAt, next(Action.RESEND), failures, generation + 1, lastError,
                createdAt, null);
    }

    public Job cancel(Instant now) {
        return new Job(id, type, subjectId, payload, dedupKey, dueAt, next(Action.CANCEL), failures, generation + 1,
                lastError, createdAt, now);
    }

    public Job done(Instant now) {
        return new Job(id, type, subjectId, payload, dedupKey, dueAt, next(Action.FINISH), failures, generation, lastError,
                createdAt, now);
    }

    /** A failed attempt: tried again at {@code retryAt}, or parked when no attempt is left. */
    public Job failed(String error, Instant now, RetryPolicy policy) {
        int failed = failures + 1;
        JobState after = JobState.TRANSITIONS.next(state, Action.FAIL,
                failed >= policy.maxAttempts() ? JobState.PARKED : JobState.SCHEDULED);
        String reason = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (after == JobState.PARKED) {
            return new Job(id, type, subjectId, payload, dedupKey, dueAt, after, failed, generation + 1,
                    reason, createdAt, now);
        }
        return new Job(id, type, subjectId, payload, dedupKey, now.plus(policy.backoffAfter(failed)),
                after, failed, generation + 1, reason, createdAt, null);
    }

    /** An admin sends a parked job again, due now, with its attempts counted afresh. */
    public Job retry(Instant now) {
        return new Job(id, type, subjectId, payload, dedupKey, now, next(Action.RETRY), 0, generation + 1, lastError,
                createdAt, null);
    }

    /** The state {@code action} leads to, by {@link JobState#TRANSITIONS}; a conflict when it is refused. */
    private JobState next(Action action) {
        return JobState.TRANSITIONS.next(state, action);
    }
}

package domain.scheduling;

import domain.shared.StateConflictException;
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
        if (!state.isLive()) throw new StateConflictException("job", state.name(), "reschedule");
        return new Job(id, type, subjectId, payload, dedupKey, newDueAt, JobState.SCHEDULED,
                state == JobState.PARKED ? 0 : failures, generation + 1, lastError, createdAt, null);
    }

    /** The same job sent again under a new generation: its message arrived before its due time. */
    public Job resend() {
        require(JobState.SCHEDULED, "resend");
        return new Job(id, type, subjectId, payload, dedupKey, dueAt, state, failures, generation + 1, lastError,
                createdAt, null);
    }

    public Job cancel(Instant now) {
        if (!state.isLive()) throw new StateConflictException("job", state.name(), "cancel");
        return new Job(id, type, subjectId, payload, dedupKey, dueAt, JobState.CANCELLED, failures, generation + 1,
                lastError, createdAt, now);
    }

    public Job done(Instant now) {
        require(JobState.SCHEDULED, "finish");
        return new Job(id, type, subjectId, payload, dedupKey, dueAt, JobState.DONE, failures, generation, lastError,
                createdAt, now);
    }

    /** A failed attempt: tried again at {@code retryAt}, or parked when no attempt is left. */
    public Job failed(String error, Instant now, RetryPolicy policy) {
        require(JobState.SCHEDULED, "fail");
        int failed = failures + 1;
        String reason = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (failed >= policy.maxAttempts()) {
            return new Job(id, type, subjectId, payload, dedupKey, dueAt, JobState.PARKED, failed, generation + 1,
                    reason, createdAt, now);
        }
        return new Job(id, type, subjectId, payload, dedupKey, now.plus(policy.backoffAfter(failed)),
                JobState.SCHEDULED, failed, generation + 1, reason, createdAt, null);
    }

    /** An admin sends a parked job again, due now, with its attempts counted afresh. */
    public Job retry(Instant now) {
        require(JobState.PARKED, "retry");
        return new Job(id, type, subjectId, payload, dedupKey, now, JobState.SCHEDULED, 0, generation + 1, lastError,
                createdAt, null);
    }

    private void require(JobState required, String action) {
        if (state != required) throw new StateConflictException("job", state.name(), action);
    }
}

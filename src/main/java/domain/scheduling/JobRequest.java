package domain.scheduling;

import java.time.Instant;
import java.util.Objects;

/**
 * A job to schedule. {@code dedupKey} names the piece of work (for example the delivery to dispatch):
 * while a job with that key is live, scheduling it again does nothing.
 */
public record JobRequest(JobType type, String subjectId, String payload, Instant dueAt, String dedupKey) {
    public JobRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(dedupKey, "dedupKey");
        if (payload == null) payload = "";
    }
}

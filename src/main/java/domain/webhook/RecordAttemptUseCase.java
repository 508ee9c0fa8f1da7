package domain.webhook;

import java.time.Duration;
import java.util.UUID;

/** What the sender learnt from one attempt; recorded once (an outcome for an attempt already recorded is dropped). */
public interface RecordAttemptUseCase {
    void record(UUID messageId, int attempt, AttemptOutcome outcome);

    /**
     * {@code statusCode}: the receiver's answer, none if it was not reached; {@code retryAfter}: what a 429 or 503
     * asked for, if anything.
     */
    record AttemptOutcome(java.time.Instant attemptedAt, Integer statusCode, long responseMillis, String responseBody,
                          String error, Duration retryAfter) { }
}

package domain.webhook;

import java.time.Instant;
import java.util.UUID;

/**
 * One attempt to deliver a message: when, what the receiver answered ({@code statusCode}, none when it could not be
 * reached), how long it took, the first KiB of its answer, and what went wrong.
 */
public record WebhookAttempt(UUID messageId, int number, Instant attemptedAt, Integer statusCode, long responseMillis,
                             String responseBody, String error) {
    public static final int BODY_LIMIT = 1024;

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}

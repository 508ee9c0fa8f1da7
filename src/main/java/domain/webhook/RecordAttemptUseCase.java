package domain.webhook;

import java.time.Duration;
import java.util.UUID;

/**
 * What the sender learnt from one attempt; recorded once, and only while the hand-off it answers is the message's
 * current one (an outcome for an attempt already recorded, or for a hand-off that lapsed and was made again, is dropped).
 */
public interface RecordAttemptUseCase {
    default void record(UUID messageId, int attempt, java.time.Instant handOff, AttemptOutcome outcome) {
        recordAll(java.util.List.of(new AttemptReport(messageId, attempt, handOff, outcome)));
    }

    /** Records many attempts in one go, each as {@link #record} would, in their order. */
    void recordAll(java.util.List<AttemptReport> reports);

    /**
     * The sender has room for {@code limit} more attempts to this endpoint: up to that many messages waiting for room
     * are handed off to it (it sends them after the transaction commits); those of an endpoint removed or disabled
     * meanwhile are given up.
     */
    java.util.List<WebhookSender.OutgoingWebhook> takeWaiting(UUID endpointId, int limit);

    /** Endpoints some of whose messages wait for room (after a restart, or for another instance's sender). */
    java.util.List<UUID> endpointsWithWaiting();

    /** What became of attempt {@code attempt} of a message, handed off with the mark {@code handOff}. */
    record AttemptReport(UUID messageId, int attempt, java.time.Instant handOff, AttemptOutcome outcome) { }

    /**
     * The sender had no room for this attempt (its endpoint's lane full, or it waited too long): it is made again
     * after {@code delay}, without counting as an attempt. Nothing happens if the attempt was recorded meanwhile.
     */
    void postpone(UUID messageId, int attempt, java.time.Instant handOff, Duration delay);

    /**
     * {@code statusCode}: the receiver's answer, none if it was not reached; {@code retryAfter}: what a 429 or 503
     * asked for, if anything.
     */
    record AttemptOutcome(java.time.Instant attemptedAt, Integer statusCode, long responseMillis, String responseBody,
                          String error, Duration retryAfter) { }
}

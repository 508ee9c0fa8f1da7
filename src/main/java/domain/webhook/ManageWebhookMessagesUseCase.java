package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a shop does with its endpoints' messages: reads the log (each message and its attempts), replays a message
 * or every failed one since a time (after an outage), and sends itself a test message.
 */
public interface ManageWebhookMessagesUseCase {
    /** A replay of failed messages takes at most this many at once; the answer says whether more are left. */
    int REPLAY_BATCH = 1_000;

    /** The endpoint's messages, newest first; {@code state} null: all of them. */
    Page<WebhookMessage> messages(ShopId shop, UUID endpointId, MessageState state, PageRequest page);

    MessageLog message(ShopId shop, UUID endpointId, UUID messageId);

    /**
     * Sends the message again, at once (delivered or failed): the next attempt, numbered on; if it fails, the retry
     * schedule goes on from there (a message that had used all its attempts fails again at once).
     */
    WebhookMessage replay(ShopId shop, UUID endpointId, UUID messageId);

    /** Sends again the endpoint's messages that failed and were made at or after {@code since}, oldest first. */
    Replayed replayFailedSince(ShopId shop, UUID endpointId, Instant since);

    /** A {@code webhook.test} message to the endpoint, sent at once like any other. */
    WebhookMessage sendTest(ShopId shop, UUID endpointId);

    record MessageLog(WebhookMessage message, List<WebhookAttempt> attempts) { }

    record Replayed(int count, boolean more) { }
}

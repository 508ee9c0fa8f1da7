package domain.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where messages and their attempts are kept. */
public interface WebhookMessages {
    /**
     * Adds the messages; one for an endpoint and an event that already has one is left out (a repeated event), and so
     * is one of a subscription {@link #forgetSubscriptions} erased (its event came after the closure).
     */
    List<WebhookMessage> addAll(List<WebhookMessage> messages);

    /**
     * The subscribers of these subscriptions closed their accounts: their messages' payloads are blanked, those not
     * delivered yet fail with {@code reason}, and later messages of them are never added. Returns how many changed.
     */
    int forgetSubscriptions(java.util.Collection<UUID> subscriptionIds, String reason);

    Optional<WebhookMessage> byId(UUID id);

    /** The message, locked until the transaction ends. */
    Optional<WebhookMessage> lock(UUID id);

    void update(WebhookMessage message);

    void addAttempt(WebhookAttempt attempt);

    /** Up to {@code limit} of the endpoint's messages waiting for room, oldest first, locked (others' locks skipped). */
    List<WebhookMessage> lockWaiting(UUID endpointId, int limit);

    /** Endpoints with messages waiting for room (at most {@code limit}). */
    List<UUID> endpointsWithWaiting(int limit);

    /** The messages of these ids that exist, locked one after the other in the order of their ids. */
    default List<WebhookMessage> lockAll(java.util.Collection<UUID> ids) {
        List<WebhookMessage> locked = new java.util.ArrayList<>();
        ids.stream().distinct().sorted().forEach(id -> lock(id).ifPresent(locked::add));
        return locked;
    }

    default void updateAll(List<WebhookMessage> messages) {
        messages.forEach(this::update);
    }

    default void addAttempts(List<WebhookAttempt> attempts) {
        attempts.forEach(this::addAttempt);
    }

    /** The endpoint's messages, newest first; {@code state} null: all. */
    domain.shared.Page<WebhookMessage> ofEndpoint(UUID endpointId, MessageState state, domain.shared.PageRequest page);

    /** The message's attempts, first to last. */
    List<WebhookAttempt> attemptsOf(UUID messageId);

    /** Up to {@code limit} of the endpoint's failed messages made at or after {@code since}, oldest first, locked. */
    List<WebhookMessage> lockFailedSince(UUID endpointId, Instant since, int limit);

    /**
     * Pending messages whose attempt was handed off and not recorded by {@code now}: lost, to be made again. Locked
     * until the transaction ends; those another transaction holds are left for a later look.
     */
    List<WebhookMessage> lostHandOffs(Instant now, int limit);
}

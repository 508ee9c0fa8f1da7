package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.TransitionTable;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one endpoint, with its attempts. Its id is the {@code webhook-id} a receiver de-duplicates by, the
 * same on every attempt. {@code attempts} counts the attempts made; {@code handedOffUntil} is set while an attempt
 * is out (handed to the sender and not yet recorded): past it, the attempt is taken as lost and made again.
 * {@code waiting}: its first attempt waits in the database for room in its endpoint's lane (the sender takes it when
 * there is), instead of in memory or in the scheduler.
 */
public record WebhookMessage(UUID id, UUID endpointId, ShopId shop, UUID eventId, UUID subscriptionId, String eventType, String payload,
                             Instant createdAt, MessageState state, int attempts, Instant nextAttemptAt,
                             Instant handedOffUntil, Instant deliveredAt, String lastError, boolean waiting) {
    enum Action {
        SUCCEED("deliver"), RETRY("retry"), GIVE_UP("give up on"), REPLAY("replay");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    /** A message's lifecycle, in one place. */
    static final TransitionTable<MessageState, Action> LIFECYCLE = TransitionTable.<MessageState, Action>of("webhook message", a -> a.verb)
            .on(MessageState.PENDING, Action.SUCCEED, MessageState.DELIVERED)
            .on(MessageState.PENDING, Action.RETRY, MessageState.PENDING)
            .on(MessageState.PENDING, Action.GIVE_UP, MessageState.FAILED)
            .on(MessageState.FAILED, Action.REPLAY, MessageState.PENDING)
            .on(MessageState.DELIVERED, Action.REPLAY, MessageState.PENDING);

    public static WebhookMessage of(UUID endpointId, ShopId shop, ShopEvent event, Instant at) {
        return new WebhookMessage(UUID.randomUUID(), endpointId, shop, event.id(), event.subscriptionId(), event.type(), event.payload(), at,
                MessageState.PENDING, 0, at, null, null, null, false);
    }

    /** The Standard Webhooks {@code webhook-id}. */
    public String webhookId() {
        return "msg_" + id.toString().replace("-", "");
    }

    /** The next attempt is out until {@code until}. */
    public WebhookMessage handedOff(Instant until) {
        return new WebhookMessage(id, endpointId, shop, eventId, subscriptionId, eventType, payload, createdAt, state, attempts,
                nextAttemptAt, until, deliveredAt, lastError, false);
    }

    /** Its first attempt waits for room in its endpoint's lane (not handed off). */
    public WebhookMessage waitingForRoom() {
        return new WebhookMessage(id, endpointId, shop, eventId, subscriptionId, eventType, payload, createdAt, state, attempts,
                nextAttemptAt, null, deliveredAt, lastError, true);
    }

    public WebhookMessage delivered(Instant at) {
        return new WebhookMessage(id, endpointId, shop, eventId, subscriptionId, eventType, payload, createdAt,
                LIFECYCLE.next(state, Action.SUCCEED), attempts + 1, null, null, at, null, false);
    }

    public WebhookMessage retryAt(Instant next, String error) {
        return new WebhookMessage(id, endpointId, shop, eventId, subscriptionId, eventType, payload, createdAt,
                LIFECYCLE.next(state, Action.RETRY), attempts + 1, next, null, deliveredAt, error, false);
    }

    /** No attempt is left, or the endpoint is gone or disabled; {@code attempted}: this ends an attempt that was made. */
    public WebhookMessage givenUp(String error, boolean attempted) {
        return new WebhookMessage(id, endpointId, shop, eventId, subscriptionId, eventType, payload, createdAt,
                LIFECYCLE.next(state, Action.GIVE_UP), attempted ? attempts + 1 : attempts, null, null, deliveredAt, error, false);
    }

    /** Sent again (an outage is over, or the shop asks for it): one more attempt, due {@code at}. */
    public WebhookMessage replayed(Instant at) {
        return new WebhookMessage(id, endpointId, shop, eventId, subscriptionId, eventType, payload, createdAt,
                LIFECYCLE.next(state, Action.REPLAY), attempts, at, null, deliveredAt, lastError, false);
    }
}

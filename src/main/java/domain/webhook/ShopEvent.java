package domain.webhook;

import domain.catalog.ShopId;
import java.time.Instant;
import java.util.UUID;

/**
 * A platform event that concerns a shop, as its webhooks carry it: {@code payload} is the message body, ready to
 * send (the event's type, time and data, written by the adapter that read the event); {@code subscriptionId} the
 * subscription it belongs to, if any (its subscriber's closed account erases it).
 */
public record ShopEvent(UUID id, String type, Instant occurredAt, ShopId shop, UUID subscriptionId, String payload) { }

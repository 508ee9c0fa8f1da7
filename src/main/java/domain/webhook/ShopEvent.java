package domain.webhook;

import domain.catalog.ShopId;
import java.time.Instant;
import java.util.UUID;

/**
 * A platform event that concerns a shop, as its webhooks carry it: {@code payload} is the message body, ready to
 * send (the event's type, time and data, written by the adapter that read the event).
 */
public record ShopEvent(UUID id, String type, Instant occurredAt, ShopId shop, String payload) { }

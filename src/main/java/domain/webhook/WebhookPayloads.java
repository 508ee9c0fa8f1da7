package domain.webhook;

import domain.catalog.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Writes the bodies of messages the platform makes itself (the events' own are written where they are read). */
public interface WebhookPayloads {
    /** The body of a {@code webhook.test} message to the endpoint. */
    String test(ShopId shop, UUID endpointId, Instant at);
}

package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** A shop registers the endpoints its webhooks go to, edits, disables, re-enables and removes them, and rotates their secrets. */
public interface ManageWebhookEndpointsUseCase {
    /** A shop holds at most this many endpoints. */
    int MAX_ENDPOINTS = 20;
    int MAX_DESCRIPTION = 500;

    /** The endpoint, with its secret: shown here once. */
    CreatedEndpoint create(ShopId shop, EndpointSettings settings);

    Page<WebhookEndpoint> endpoints(ShopId shop, PageRequest page);

    WebhookEndpoint endpoint(ShopId shop, UUID id);

    /** Replaces the endpoint's settings; {@code enabled} disables it (by the shop) or enables it again. */
    WebhookEndpoint update(ShopId shop, UUID id, EndpointSettings settings, boolean enabled);

    void remove(ShopId shop, UUID id);

    /** A new secret (shown here once); the replaced one keeps signing until {@code previousSecretUntil}. */
    RotatedSecret rotateSecret(ShopId shop, UUID id);

    /** What a shop sets: url, the event types it wants (empty: all), a description (may be empty). */
    record EndpointSettings(String url, Set<String> eventTypes, String description) {
        /** From what a shop sent: the types as a list (repeats count once), checked for holes and length. */
        public static EndpointSettings of(String url, java.util.List<String> eventTypes, String description) {
            new domain.shared.Validation()
                    .require(eventTypes == null || eventTypes.size() <= 100, "eventTypes", "must list at most 100 types")
                    .require(eventTypes == null || !eventTypes.contains(null), "eventTypes", "must not contain null")
                    .throwIfInvalid();
            return new EndpointSettings(url, eventTypes == null ? Set.of() : Set.copyOf(eventTypes), description);
        }

        public EndpointSettings {
            eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
            description = description == null ? "" : description;
        }
    }

    record CreatedEndpoint(WebhookEndpoint endpoint, String secret) { }

    record RotatedSecret(WebhookEndpoint endpoint, String secret, Instant previousSecretUntil) { }
}

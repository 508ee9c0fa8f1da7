package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where endpoints are kept (secrets encrypted at rest is the store's business). */
public interface WebhookEndpoints {
    void add(WebhookEndpoint endpoint);

    /** Writes the endpoint's changed fields (url, types, description, status, secrets, updatedAt, failingSince). */
    void update(WebhookEndpoint endpoint);

    void remove(ShopId shop, UUID id);

    Optional<WebhookEndpoint> byId(ShopId shop, UUID id);

    /** Any shop's endpoint (the dispatcher knows it from a message). */
    Optional<WebhookEndpoint> byId(UUID id);

    /** Records the run of failures only ({@code failing_since}); status changes go through {@link #update}. */
    void updateFailingSince(WebhookEndpoint endpoint);

    /** The endpoint, locked until the transaction ends: changes to one endpoint take turns. */
    Optional<WebhookEndpoint> lock(ShopId shop, UUID id);

    Page<WebhookEndpoint> ofShop(ShopId shop, PageRequest page);

    /**
     * Where the shop's enabled endpoints want messages (a shop holds at most
     * {@link ManageWebhookEndpointsUseCase#MAX_ENDPOINTS}); read without their secrets.
     */
    List<WebhookRoute> routesOf(ShopId shop);

    /** Locks the shop's row (endpoints are added one at a time per shop) and counts its endpoints; empty: no such shop. */
    Optional<Integer> lockShopAndCount(ShopId shop);
}

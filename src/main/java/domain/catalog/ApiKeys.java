package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where shops' API keys are kept (by hash only). */
public interface ApiKeys {
    void add(ApiKey key);

    /** The key with this hash, if it has not been revoked. */
    Optional<ApiKey> activeByHash(String hash);

    Optional<ApiKey> byId(ShopId shop, UUID id);

    /** The shop's keys that still work, oldest first. */
    Page<ApiKey> activeOf(ShopId shop, PageRequest page);

    /**
     * How many keys of the shop still work, counted under a lock on the shop, so that issuing and revoking
     * keys of one shop take turns (two revocations at once cannot leave it with none). False: no such shop.
     */
    Optional<Integer> lockShopAndCountActive(ShopId shop);

    void revoke(UUID id, Instant at);

    /** Records a use of the key; a use within a minute of the last one recorded need not be. */
    void used(UUID id, Instant at);
}

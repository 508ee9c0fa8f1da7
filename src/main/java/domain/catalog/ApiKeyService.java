package domain.catalog;

import domain.shared.BusinessCalendar;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import java.util.Optional;
import java.util.UUID;

public final class ApiKeyService implements ManageApiKeysUseCase {
    private final ApiKeys keys;
    private final BusinessCalendar calendar;

    public ApiKeyService(ApiKeys keys, BusinessCalendar calendar) {
        this.keys = keys;
        this.calendar = calendar;
    }

    @Override
    public IssuedApiKey issue(ShopId shop, IssueApiKey command) {
        int active = keys.lockShopAndCountActive(shop).orElseThrow(() -> new NotFoundException("shop", shop.value()));
        if (active >= MAX_ACTIVE_KEYS) throw new StateConflictException("shop", "HOLDING_" + MAX_ACTIVE_KEYS + "_KEYS", "issue another API key to");
        return issueFor(shop, command.name().strip());
    }

    /** A new key for a shop known to exist (also the first one, at registration). */
    IssuedApiKey issueFor(ShopId shop, String name) {
        String secret = ShopApiKey.generate();
        ApiKey key = new ApiKey(UUID.randomUUID(), shop, name, ShopApiKey.prefixOf(secret), ShopApiKey.hash(secret),
                calendar.now(), null, null);
        keys.add(key);
        return new IssuedApiKey(key, secret);
    }

    @Override
    public Page<ApiKey> keys(ShopId shop, PageRequest page) {
        return keys.activeOf(shop, page);
    }

    @Override
    public ApiKey key(ShopId shop, UUID keyId) {
        return keys.byId(shop, keyId).orElseThrow(() -> new NotFoundException("API key", keyId));
    }

    @Override
    public ApiKey revoke(ShopId shop, UUID keyId) {
        int active = keys.lockShopAndCountActive(shop).orElseThrow(() -> new NotFoundException("shop", shop.value()));
        ApiKey key = keys.byId(shop, keyId).filter(ApiKey::active).orElseThrow(() -> new NotFoundException("API key", keyId));
        if (active <= 1) throw new StateConflictException("key", "LAST_ACTIVE_KEY", "revoke");
        ApiKey revoked = key.revoked(calendar.now());
        keys.revoke(keyId, revoked.revokedAt());
        return revoked;
    }

    @Override
    public Optional<ApiKey> authenticate(String apiKey) {
        if (apiKey == null || apiKey.isBlank() || apiKey.length() > 200) return Optional.empty();
        Optional<ApiKey> key = keys.activeByHash(ShopApiKey.hash(apiKey));
        key.ifPresent(k -> keys.used(k.id(), calendar.now()));
        return key;
    }
}

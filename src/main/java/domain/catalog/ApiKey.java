package domain.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * One of a shop's API keys. A shop may hold several (named, so it knows which system uses which), so
 * that it can roll a key over without a moment of refusal: issue the new one, move its systems over,
 * then revoke the old one. Only the key's hash is kept; the {@code prefix} (its first characters) is
 * what lists show, enough to tell keys apart and nowhere near enough to guess one.
 */
public record ApiKey(UUID id, ShopId shop, String name, String prefix, String hash, Instant createdAt,
                     Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public ApiKey revoked(Instant at) {
        return new ApiKey(id, shop, name, prefix, hash, createdAt, lastUsedAt, at);
    }
}

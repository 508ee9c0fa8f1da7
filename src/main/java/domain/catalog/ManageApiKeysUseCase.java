package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.util.Optional;
import java.util.UUID;

/** A shop's API keys: issued (each shown once), listed by prefix and last use, revoked one by one. */
public interface ManageApiKeysUseCase {
    /** A shop holds at most this many keys that work. */
    int MAX_ACTIVE_KEYS = 10;

    IssuedApiKey issue(ShopId shop, IssueApiKey command);

    Page<ApiKey> keys(ShopId shop, PageRequest page);

    /** One of the shop's keys, working or revoked (never its secret). */
    ApiKey key(ShopId shop, UUID keyId);

    /** Revokes the key; the shop's last working key cannot be revoked (it would lock the shop out). */
    ApiKey revoke(ShopId shop, UUID keyId);

    /** The working key with this secret (and so its shop), recording its use. */
    Optional<ApiKey> authenticate(String apiKey);

    record IssueApiKey(String name) {
        public IssueApiKey {
            new Validation().text(name, "name", 100).throwIfInvalid();
        }
    }

    /** The secret key is returned only here, once; gudok keeps only its hash. */
    record IssuedApiKey(ApiKey key, String secret) { }
}

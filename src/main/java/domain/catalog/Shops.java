package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;

/** Where registered shops are kept. */
public interface Shops {
    void add(Shop shop);
    Optional<Shop> byId(ShopId id);
    Optional<Shop> byApiKeyHash(String apiKeyHash);
    /** The shop's new API key (its hash), if its key is still {@code oldHash}; false otherwise. */
    boolean replaceApiKeyHash(ShopId id, String oldHash, String newHash);
    Page<Shop> list(PageRequest page);
}

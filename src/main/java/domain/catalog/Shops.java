package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;

/** Where registered shops are kept. */
public interface Shops {
    void add(Shop shop);
    Optional<Shop> byId(ShopId id);
    Page<Shop> list(PageRequest page);
}

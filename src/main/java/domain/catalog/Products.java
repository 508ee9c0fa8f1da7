package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Where shops' products are kept. */
public interface Products {
    void add(Product product);
    void update(Product product);
    Optional<Product> byId(UUID id);
    /** Read and locked until the transaction ends. */
    Optional<Product> lockById(UUID id);
    Page<Product> ofShop(ShopId shop, PageRequest page);
}

package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Where subscription plans are kept. */
public interface Plans {
    void add(Plan plan);
    void update(Plan plan);
    Optional<Plan> byId(UUID id);
    /** Read and locked until the transaction ends. */
    Optional<Plan> lockById(UUID id);
    Page<Plan> ofShop(ShopId shop, PageRequest page);
    /** The product's plans still open for new subscriptions, locked until the transaction ends. */
    java.util.List<Plan> activeOfProduct(UUID productId);
    /** Plans open for new subscriptions, optionally of one shop. */
    Page<Plan> active(ShopId shopOrNull, PageRequest page);
}

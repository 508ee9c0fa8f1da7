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
    Page<Plan> ofShop(ShopId shop, PageRequest page);
    /** Plans open for new subscriptions, optionally of one shop. */
    Page<Plan> active(ShopId shopOrNull, PageRequest page);
}

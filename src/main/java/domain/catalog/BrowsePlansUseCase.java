package domain.catalog;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** What people using the app see of the catalog: plans open for subscription. */
public interface BrowsePlansUseCase {
    Page<Plan> activePlans(ShopId shopOrNull, PageRequest page);

    Plan plan(UUID planId);
}

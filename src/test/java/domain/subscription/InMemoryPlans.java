package domain.subscription;

import domain.catalog.Plan;
import domain.catalog.Plans;
import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Plans} in a map. */
final class InMemoryPlans implements Plans {
    private final Map<UUID, Plan> stored = new LinkedHashMap<>();

    @Override
    public void add(Plan plan) {
        stored.put(plan.id(), plan);
    }

    @Override
    public void update(Plan plan) {
        stored.put(plan.id(), plan);
    }

    @Override
    public Optional<Plan> byId(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Page<Plan> ofShop(ShopId shop, PageRequest page) {
        return new Page<>(stored.values().stream().filter(p -> p.shopId().equals(shop)).limit(page.limit()).toList(), null);
    }

    @Override
    public Page<Plan> active(ShopId shopOrNull, PageRequest page) {
        return new Page<>(stored.values().stream()
                .filter(p -> p.isActive() && (shopOrNull == null || p.shopId().equals(shopOrNull)))
                .limit(page.limit()).toList(), null);
    }
}

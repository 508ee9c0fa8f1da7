package simulation;

import domain.catalog.Plan;
import domain.catalog.Plans;
import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** The plans shops sell; the simulation writes them once, before the year starts. */
public final class SimCatalog implements Plans {
    private final TxMap<UUID, Plan> plans = TxMap.inserted();

    @Override
    public void add(Plan plan) {
        if (plans.containsKey(plan.id())) throw new IllegalStateException("plan " + plan.id() + " exists");
        plans.put(plan.id(), plan);
    }

    @Override
    public void update(Plan plan) {
        plans.put(plan.id(), plan);
    }

    java.util.Collection<Plan> all() {
        return plans.values();
    }

    @Override
    public Optional<Plan> lockById(UUID id) {
        return byId(id);
    }

    @Override
    public java.util.List<Plan> activeOfProduct(UUID productId) {
        return plans.values().stream().filter(p -> p.productId().equals(productId) && p.isActive()).toList();
    }

    @Override
    public Optional<Plan> byId(UUID id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public Page<Plan> ofShop(ShopId shop, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    @Override
    public Page<Plan> active(ShopId shopOrNull, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }
}

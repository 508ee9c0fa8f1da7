package domain.subscription;

import domain.catalog.ShopId;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryTimeframe;
import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Deliveries} in a map, with the optimistic version check of the real adapter. */
final class InMemoryDeliveries implements Deliveries {
    private final Map<UUID, Delivery> stored = new LinkedHashMap<>();

    @Override
    public void add(Collection<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            boolean cycleTaken = stored.values().stream()
                    .anyMatch(o -> o.subscriptionId().equals(d.subscriptionId()) && o.cycleNumber() == d.cycleNumber());
            if (cycleTaken) throw new IllegalStateException("cycle " + d.cycleNumber() + " has a delivery already");
            if (stored.putIfAbsent(d.id(), d) != null) throw new IllegalStateException("delivery " + d.id() + " exists already");
        }
    }

    @Override
    public void update(Collection<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            Delivery current = stored.get(d.id());
            if (current == null) throw new IllegalStateException("delivery " + d.id() + " was never added");
            if (current.version() != d.version()) throw new ConcurrentUpdateException("delivery", d.id());
            stored.put(d.id(), new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(),
                    d.originalDate(), d.date(), d.quantity(), d.address(), d.state(), d.skipReason(), d.shipment(),
                    d.deliveredAt(), d.version() + 1));
        }
    }

    @Override
    public void remove(Collection<Delivery> deliveries) {
        deliveries.forEach(d -> stored.remove(d.id()));
    }

    @Override
    public Optional<Delivery> byId(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public void lock(java.util.Collection<Delivery> deliveries) {
        // one thread: nothing to wait for
    }

    @Override
    public List<Delivery> aheadOf(UUID subscriptionId, LocalDate from) {
        return stored.values().stream()
                .filter(d -> d.subscriptionId().equals(subscriptionId) && d.state().isAhead()
                        && (!d.date().isBefore(from) || !d.state().isOpen()))
                .sorted(Comparator.comparing(Delivery::date).thenComparing(Delivery::cycleNumber))
                .toList();
    }

    @Override
    public int unpaidInARow(UUID subscriptionId) {
        int lastPaid = stored.values().stream().filter(d -> d.subscriptionId().equals(subscriptionId)
                        && java.util.Set.of("PAID", "DISPATCHED", "SHIPPED", "DELIVERED").contains(d.state().name()))
                .mapToInt(Delivery::cycleNumber).max().orElse(-1);
        return (int) stored.values().stream().filter(d -> d.subscriptionId().equals(subscriptionId)
                && d.skipReason() == domain.delivery.SkipReason.UNPAID && d.cycleNumber() > lastPaid).count();
    }

    @Override
    public int lastCycleOf(UUID subscriptionId) {
        return stored.values().stream().filter(d -> d.subscriptionId().equals(subscriptionId))
                .mapToInt(Delivery::cycleNumber).max().orElse(-1);
    }

    /** Every delivery of the subscription, by cycle. */
    List<Delivery> allOf(UUID subscriptionId) {
        return stored.values().stream().filter(d -> d.subscriptionId().equals(subscriptionId))
                .sorted(Comparator.comparing(Delivery::cycleNumber)).toList();
    }

    @Override
    public Page<Delivery> ofUser(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, LocalDate today,
                                 PageRequest page) {
        throw new UnsupportedOperationException("not used by the subscription use cases");
    }

    @Override
    public Page<Delivery> ofShop(ShopId shop, domain.delivery.ShopDeliveryFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("not used by the subscription use cases");
    }
}

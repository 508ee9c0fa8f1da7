package simulation;

import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.subscription.Subscription;
import domain.subscription.Subscriptions;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/** Subscriptions with the real adapter's optimistic version check. */
public final class SimSubscriptions implements Subscriptions {
    private final TxMap<UUID, Subscription> stored = TxMap.inserted();

    /** The price each subscription took of each plan, keyed by subscription and plan. */
    private final TxMap<String, Long> prices = TxMap.inserted();

    @Override
    public void add(Subscription s, long priceTaken) {
        if (stored.containsKey(s.id())) throw new IllegalStateException("subscription " + s.id() + " exists");
        stored.put(s.id(), s);
        prices.put(s.id() + " " + s.planId(), priceTaken);
    }

    @Override
    public void takePrice(UUID subscriptionId, UUID planId, long price) {
        if (prices.get(subscriptionId + " " + planId) == null) prices.put(subscriptionId + " " + planId, price);
    }

    @Override
    public long priceTaken(UUID subscriptionId, UUID planId) {
        Long price = prices.get(subscriptionId + " " + planId);
        if (price == null) throw new IllegalStateException("no price taken by subscription " + subscriptionId);
        return price;
    }

    @Override
    public void update(Subscription s) {
        Subscription current = stored.get(s.id());
        if (current == null) throw new IllegalStateException("subscription " + s.id() + " was never added");
        if (current.version() != s.version()) throw new ConcurrentUpdateException("subscription", s.id());
        stored.put(s.id(), new Subscription(s.id(), s.userId(), s.shopId(), s.planId(), s.kind(), s.quantity(), s.address(),
                s.startDate(), s.state(), s.scheduleAnchor(), s.anchorCycle(), s.pause(), s.commitmentEndsOn(),
                s.cancellation(), s.createdAt(), s.version() + 1));
    }

    @Override
    public Optional<Subscription> byId(UUID id) {
        return Optional.ofNullable(stored.get(id));
    }

    @Override
    public Page<Subscription> ofUser(String userId, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    Collection<Subscription> all() {
        return stored.values();
    }
}

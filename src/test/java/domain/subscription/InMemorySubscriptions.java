package domain.subscription;

import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link Subscriptions} in a map, with the optimistic version check of the real adapter. */
final class InMemorySubscriptions implements Subscriptions {
    private final Map<UUID, Subscription> stored = new LinkedHashMap<>();

    @Override
    public void add(Subscription subscription) {
        if (stored.putIfAbsent(subscription.id(), subscription) != null) {
            throw new IllegalStateException("subscription " + subscription.id() + " exists already");
        }
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
        return new Page<>(stored.values().stream().filter(s -> s.userId().equals(userId)).limit(page.limit()).toList(), null);
    }
}

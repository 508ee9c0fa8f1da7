package domain.subscription;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Where subscriptions are kept. {@link #update} fails with a concurrent-update error when the stored version moved on. */
public interface Subscriptions {
    void add(Subscription subscription);

    void update(Subscription subscription);

    Optional<Subscription> byId(UUID id);

    Page<Subscription> ofUser(String userId, PageRequest page);
}

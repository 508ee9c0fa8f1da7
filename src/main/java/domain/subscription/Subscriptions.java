package domain.subscription;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Optional;
import java.util.UUID;

/** Where subscriptions are kept. {@link #update} fails with a concurrent-update error when the stored version moved on. */
public interface Subscriptions {
    /** A new subscription, with the price it took of its plan ({@link domain.catalog.Plan#price}). */
    void add(Subscription subscription, long priceTaken);

    /** The subscription took another plan's price (a plan change); one it took before it keeps. */
    void takePrice(UUID subscriptionId, UUID planId, long price);

    /** What the subscription pays for one item of the plan: the price it took, not the plan's price today. */
    long priceTaken(UUID subscriptionId, UUID planId);

    void update(Subscription subscription);

    Optional<Subscription> byId(UUID id);

    Page<Subscription> ofUser(String userId, PageRequest page);
}

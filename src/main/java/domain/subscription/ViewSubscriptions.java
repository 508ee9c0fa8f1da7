package domain.subscription;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** A subscriber reads their own subscriptions. */
public final class ViewSubscriptions implements ViewSubscriptionsUseCase {
    private final SubscriptionChanges changes;

    public ViewSubscriptions(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription subscription(String userId, UUID subscriptionId) {
        return changes.own(userId, subscriptionId);
    }

    @Override
    public Page<Subscription> subscriptions(String userId, PageRequest page) {
        return changes.subscriptions.ofUser(userId, page);
    }
}

package domain.subscription;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** A subscriber reads their own subscriptions; anyone else's do not exist for them. */
public interface ViewSubscriptionsUseCase {
    Subscription subscription(String userId, UUID subscriptionId);

    Page<Subscription> subscriptions(String userId, PageRequest page);
}

package domain.subscription;

import java.util.UUID;

/** A subscriber cancels their subscription. */
public interface CancelSubscriptionUseCase {

    /** Cancels at once, or at the end of the cycle (a rental always at once); answers the subscription afterwards. */
    Subscription cancel(String userId, UUID subscriptionId, CancellationMode mode);
}

package domain.subscription;

import java.util.UUID;

/** A subscriber skips one upcoming delivery. */
public interface SkipDeliveryUseCase {

    /** Skips one upcoming delivery: the given one, or the next one when {@code deliveryId} is null. */
    Subscription skip(String userId, UUID subscriptionId, UUID deliveryId);
}

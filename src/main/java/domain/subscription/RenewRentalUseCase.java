package domain.subscription;

import java.util.UUID;

/** A subscriber renews their rental. */
public interface RenewRentalUseCase {

    /** Extends a rental by another commitment period. */
    Subscription renew(String userId, UUID subscriptionId);
}

package domain.subscription;

import java.time.LocalDate;
import java.util.UUID;

/** What a subscriber can do with their subscription. Each answers the subscription as it is afterwards. */
public interface ChangeSubscriptionUseCase {

    /** Pauses from today until the given date (exclusive), or until resumed when {@code until} is null. */
    Subscription pause(String userId, UUID subscriptionId, LocalDate until);

    Subscription resume(String userId, UUID subscriptionId);

    /** Skips one upcoming delivery: the given one, or the next one when {@code deliveryId} is null. */
    Subscription skip(String userId, UUID subscriptionId, UUID deliveryId);

    /** Moves one upcoming delivery to another day inside its cycle. */
    Subscription reschedule(String userId, UUID subscriptionId, UUID deliveryId, LocalDate newDate);

    /** Changes plan and/or quantity from the next delivery that is not yet paid or dispatched. */
    Subscription change(String userId, UUID subscriptionId, UUID newPlanId, Integer newQuantity);

    Subscription cancel(String userId, UUID subscriptionId, CancellationMode mode);

    /** Extends a rental by another commitment period. */
    Subscription renew(String userId, UUID subscriptionId);
}

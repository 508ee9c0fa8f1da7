package domain.subscription;

import java.time.LocalDate;
import java.util.UUID;

/** A subscriber moves one upcoming delivery. */
public interface RescheduleDeliveryUseCase {

    /** Moves one upcoming delivery to another day inside its cycle. */
    Subscription reschedule(String userId, UUID subscriptionId, UUID deliveryId, LocalDate newDate);
}

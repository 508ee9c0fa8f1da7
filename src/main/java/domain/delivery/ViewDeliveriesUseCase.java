package domain.delivery;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** A subscriber lists their upcoming and past deliveries. */
public interface ViewDeliveriesUseCase {
    Page<Delivery> deliveries(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, PageRequest page);

    /** One of the user's deliveries; another user's is not found. */
    Delivery delivery(String userId, UUID deliveryId);
}

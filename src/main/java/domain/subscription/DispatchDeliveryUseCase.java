package domain.subscription;

import java.util.UUID;

/**
 * A delivery's date has come: it is handed to the partner shop, and the next cycle is written down
 * (the {@code delivery.dispatch} job).
 */
public interface DispatchDeliveryUseCase {
    void dispatch(UUID deliveryId);
}

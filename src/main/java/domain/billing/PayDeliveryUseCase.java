package domain.billing;

import java.util.UUID;

/** Inbound port: a subscriber pays a delivery whose payment is pending, now. */
public interface PayDeliveryUseCase {
    void payNow(String userId, UUID deliveryId);
}

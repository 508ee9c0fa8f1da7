package domain.subscription;

import java.util.UUID;

/** Inbound port: a subscriber takes back the skip of an upcoming delivery. */
public interface UnskipDeliveryUseCase {
    Subscription unskip(String userId, UUID subscriptionId, UUID deliveryId);
}

package domain.subscription;

import domain.subscription.SubscribeUseCase.Subscribe.AddressFields;
import java.util.UUID;

/** Inbound port: a subscriber moves; deliveries not handed to the shop yet go to the new address. */
public interface ChangeAddressUseCase {
    Subscription changeAddress(String userId, UUID subscriptionId, AddressFields address);
}

package domain.subscription;

import domain.delivery.DeliveryAddress;
import domain.shared.Validation;
import java.time.LocalDate;
import java.util.UUID;

/** A person subscribes to a plan. */
public interface SubscribeUseCase {

    Subscription subscribe(String userId, Subscribe command);

    record Subscribe(UUID planId, int quantity, DeliveryAddress address, LocalDate startDate) {

        public static Subscribe of(UUID planId, Integer quantity, String recipient, String phone, String line1,
                                   String line2, String postalCode, boolean addressPresent, LocalDate startDate) {
            Validation v = new Validation();
            v.present(planId, "planId");
            v.range(quantity, "quantity", 1, Subscription.MAX_QUANTITY);
            DeliveryAddress address = null;
            if (v.present(addressPresent ? Boolean.TRUE : null, "address")) {
                address = DeliveryAddress.of(recipient, phone, line1, line2, postalCode, v);
            }
            v.present(startDate, "startDate");
            v.throwIfInvalid();
            return new Subscribe(planId, quantity, address, startDate);
        }
    }
}

package domain.subscription;

import domain.delivery.DeliveryAddress;
import domain.shared.Validation;
import java.time.LocalDate;
import java.util.UUID;

/** A person subscribes to a plan. */
public interface SubscribeUseCase {

    Subscription subscribe(String userId, Subscribe command);

    record Subscribe(UUID planId, int quantity, DeliveryAddress address, LocalDate startDate) {

        /** The address as the client sent it, each field possibly missing; absent as a whole when null. */
        public record AddressFields(String recipient, String phone, String line1, String line2, String postalCode) { }

        public static Subscribe of(UUID planId, Integer quantity, AddressFields fields, LocalDate startDate) {
            Validation v = new Validation();
            v.present(planId, "planId");
            v.range(quantity, "quantity", 1, Subscription.MAX_QUANTITY);
            DeliveryAddress address = null;
            if (v.present(fields, "address")) {
                address = DeliveryAddress.of(fields.recipient(), fields.phone(), fields.line1(), fields.line2(),
                        fields.postalCode(), v);
            }
            v.present(startDate, "startDate");
            v.throwIfInvalid();
            return new Subscribe(planId, quantity, address, startDate);
        }
    }
}

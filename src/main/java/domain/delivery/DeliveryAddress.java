package domain.delivery;

import domain.shared.Validation;

/** Where a delivery goes; kept on every delivery so the partner sees what to ship where. */
public record DeliveryAddress(String recipient, String phone, String line1, String line2, String postalCode) {

    public static DeliveryAddress of(String recipient, String phone, String line1, String line2, String postalCode,
                                     Validation validation) {
        validation.text(recipient, "address.recipient", 100)
                .text(phone, "address.phone", 30)
                .require(phone == null || phone.matches("[0-9+\\- ]{7,30}"), "address.phone", "must be a phone number")
                .text(line1, "address.line1", 200)
                .optionalText(line2, "address.line2", 200)
                .text(postalCode, "address.postalCode", 10)
                .require(postalCode == null || postalCode.matches("[0-9]{5}"), "address.postalCode", "must be a 5-digit Korean postal code");
        return new DeliveryAddress(recipient, phone, line1, line2, postalCode);
    }
}

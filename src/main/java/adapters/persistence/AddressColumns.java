package adapters.persistence;

import domain.delivery.DeliveryAddress;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A delivery address as stored on both subscriptions and deliveries. */
@Embeddable
public class AddressColumns {
    public String recipient;
    public String phone;
    @Column(name = "address_line1")
    public String line1;
    @Column(name = "address_line2")
    public String line2;
    @Column(name = "postal_code")
    public String postalCode;

    static AddressColumns of(DeliveryAddress address) {
        AddressColumns columns = new AddressColumns();
        columns.recipient = address.recipient();
        columns.phone = address.phone();
        columns.line1 = address.line1();
        columns.line2 = address.line2();
        columns.postalCode = address.postalCode();
        return columns;
    }

    DeliveryAddress toDomain() {
        return new DeliveryAddress(recipient, phone, line1, line2, postalCode);
    }
}

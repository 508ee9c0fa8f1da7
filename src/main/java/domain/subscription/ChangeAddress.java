package domain.subscription;

import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.shared.DomainEvent;
import domain.shared.Validation;
import domain.subscription.SubscribeUseCase.Subscribe.AddressFields;
import domain.subscription.SubscriptionEvent.SubscriptionAddressChanged;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subscriber moves: the subscription and every delivery not handed to the shop yet (scheduled, skipped, being
 * paid or paid) take the new address; deliveries already with the shop keep the address they were sent to.
 */
public final class ChangeAddress implements ChangeAddressUseCase {
    private final SubscriptionChanges changes;

    public ChangeAddress(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription changeAddress(String userId, UUID subscriptionId, AddressFields fields) {
        Validation v = new Validation();
        DeliveryAddress address = null;
        if (v.present(fields, "address")) {
            address = DeliveryAddress.of(fields.recipient(), fields.phone(), fields.line1(), fields.line2(), fields.postalCode(), v);
        }
        v.throwIfInvalid();
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        Subscription moved = subscription.moveTo(address);
        List<Delivery> ahead = changes.deliveries.aheadOf(subscriptionId, today);
        changes.deliveries.lock(ahead);
        DeliveryAddress newAddress = address;
        // The deliveries that take the new address are told of by the subscription's event; the same address is no change.
        List<DomainEvent> happened = address.equals(subscription.address()) ? List.of()
                : List.of(new SubscriptionAddressChanged(moved, changes.calendar.now()));
        return changes.save(moved, ahead.stream().map(d -> d.withAddress(newAddress)).toList(), today, happened);
    }
}

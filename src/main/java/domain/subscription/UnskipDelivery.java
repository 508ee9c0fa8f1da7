package domain.subscription;

import domain.delivery.Delivery;
import domain.shared.NotFoundException;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionEvent.DeliveryUnskipped;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subscriber takes back their skip of a delivery still ahead: it is scheduled again (and billed at once if its
 * billing time has come), and its day is no longer a skipped day.
 */
public final class UnskipDelivery implements UnskipDeliveryUseCase {
    private final SubscriptionChanges changes;

    public UnskipDelivery(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription unskip(String userId, UUID subscriptionId, UUID deliveryId) {
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.UNSKIP);
        Delivery delivery = changes.deliveries.byId(deliveryId).filter(d -> d.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        if (delivery.date().isBefore(today)) throw new StateConflictException("delivery", "in the past", "unskip");
        Delivery restored = delivery.unskipBySubscriber();
        changes.skippedDays.remove(subscriptionId, List.of(delivery.date(), delivery.originalDate()));
        return changes.save(subscription, List.of(restored), today, List.of(new DeliveryUnskipped(restored, changes.calendar.now())));
    }
}

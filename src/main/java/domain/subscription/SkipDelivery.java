package domain.subscription;

import domain.delivery.Delivery;
import domain.delivery.SkipReason;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionEvent.DeliverySkipped;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A subscriber skips one upcoming delivery; the cycles written down are topped up behind it. */
public final class SkipDelivery implements SkipDeliveryUseCase {
    private final SubscriptionChanges changes;

    public SkipDelivery(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription skip(String userId, UUID subscriptionId, UUID deliveryId) {
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.SKIP);
        // A rental's one delivery is the rented goods: without it there is nothing to rent. Move it, or cancel.
        if (subscription.isRental()) throw new StateConflictException("rental subscription", "a rental", "skip");
        Delivery target = deliveryId == null
                ? changes.deliveries.aheadOf(subscriptionId, today).stream().filter(Delivery::isScheduled).findFirst()
                        .orElseThrow(() -> new StateConflictException("subscription", "without an upcoming delivery", "skip"))
                : changes.upcoming(subscriptionId, deliveryId, today);
        // The day is remembered apart from the delivery: a plan change later writes its delivery there skipped too.
        changes.skippedDays.add(subscriptionId, List.of(target.date(), target.originalDate()));
        Delivery skipped = target.skip(SkipReason.SUBSCRIBER);
        return changes.save(subscription, List.of(skipped), today, List.of(new DeliverySkipped(skipped, changes.calendar.now())));
    }
}

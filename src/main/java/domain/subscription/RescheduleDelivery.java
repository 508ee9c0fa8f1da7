package domain.subscription;

import domain.catalog.Plan;
import domain.delivery.Delivery;
import domain.delivery.DeliverySchedule;
import domain.shared.InvalidInputException;
import domain.subscription.SubscriptionEvent.DeliveryRescheduled;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A subscriber moves one upcoming delivery to another day: a regular delivery inside its cycle, a rental's
 * delivery inside its first month. Its dispatch job moves with it.
 */
public final class RescheduleDelivery implements RescheduleDeliveryUseCase {
    private final SubscriptionChanges changes;

    public RescheduleDelivery(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription reschedule(String userId, UUID subscriptionId, UUID deliveryId, LocalDate newDate) {
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.RESCHEDULE);
        if (newDate == null) throw InvalidInputException.of("date", "is required");
        Delivery delivery = changes.upcoming(subscriptionId, deliveryId, today);
        if (!newDate.isAfter(today)) throw InvalidInputException.of("date", "must be after today (" + today + ")");
        if (!subscription.isRental()) {
            Plan plan = changes.plan(subscription.planId());
            DeliverySchedule schedule = new DeliverySchedule(subscription.scheduleAnchor(), subscription.anchorCycle(), plan.cycle());
            int cycle = delivery.cycleNumber();
            LocalDate earliest = cycle > subscription.anchorCycle() ? schedule.dateOf(cycle - 1).plusDays(1) : subscription.scheduleAnchor();
            LocalDate latest = schedule.dateOf(cycle + 1).minusDays(1);
            if (newDate.isBefore(earliest) || newDate.isAfter(latest)) {
                throw InvalidInputException.of("date", "must stay inside the delivery's cycle, from " + earliest + " to " + latest);
            }
        } else {
            // Its first month is paid with the delivery and the second month's fee comes at its start: the goods
            // must arrive before.
            LocalDate latest = subscription.startDate().plusMonths(1).minusDays(1);
            if (newDate.isAfter(latest)) throw InvalidInputException.of("date", "must be within the rental's first month, by " + latest);
        }
        changes.scheduler.reschedule(SubscriptionJobs.dispatchKey(delivery.id()), changes.jobs.dispatchDue(newDate));
        Delivery moved = delivery.reschedule(newDate);
        return changes.save(subscription, List.of(moved), today, List.of(new DeliveryRescheduled(moved, changes.calendar.now())));
    }
}

package domain.subscription;

import domain.catalog.Plan;
import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent.DeliveryCancelled;
import domain.shared.DomainEvent;
import domain.shared.InvalidInputException;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionEvent.SubscriptionChanged;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A subscriber changes plan (another regular-delivery plan of the same shop) and/or quantity, from the next
 * delivery not yet being paid or paid.
 */
public final class ChangeSubscription implements ChangeSubscriptionUseCase {
    private final SubscriptionChanges changes;

    public ChangeSubscription(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription change(String userId, UUID subscriptionId, UUID newPlanId, Integer newQuantity) {
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.CHANGE);
        if (newPlanId == null && newQuantity == null) {
            throw InvalidInputException.of("planId", "or quantity is required");
        }
        if (newQuantity != null && (newQuantity < 1 || newQuantity > Subscription.MAX_QUANTITY)) {
            throw InvalidInputException.of("quantity", "must be between 1 and " + Subscription.MAX_QUANTITY);
        }
        if (subscription.isRental()) throw new StateConflictException("rental subscription", "a rental", "change");
        // Deliveries being paid or paid keep their plan and quantity; the change starts after them.
        List<Delivery> open = changes.deliveries.aheadOf(subscriptionId, today).stream().filter(d -> d.state().isOpen()).toList();
        Subscription changed = subscription;
        List<DomainEvent> happened = new ArrayList<>();
        if (newPlanId != null && !newPlanId.equals(subscription.planId())) {
            Plan newPlan = changes.plans.byId(newPlanId)
                    .filter(p -> p.shopId().equals(subscription.shopId()) && p.kind() == subscription.kind())
                    .orElseThrow(() -> InvalidInputException.of("planId", "is not a regular-delivery plan of the same shop"));
            if (!newPlan.isActive()) throw InvalidInputException.of("planId", "is retired");
            // The new schedule starts where the next open cycle would have (the lowest cycle number: reschedules
            // may have swapped dates); open cycles from there are planned anew.
            Delivery next = open.stream().min(Comparator.comparingInt(Delivery::cycleNumber)).orElse(null);
            LocalDate anchor = next == null ? today : next.originalDate();
            int anchorCycle = next == null ? changes.deliveries.lastCycleOf(subscriptionId) + 1 : next.cycleNumber();
            // The subscriber's skips are of days (SkippedDays): the new plan's delivery on one is written skipped.
            changes.deliveries.remove(open);
            changes.scheduler.cancel(open.stream().map(d -> SubscriptionJobs.dispatchKey(d.id())).toList());
            // Replaced by the new plan's: to those who saw them scheduled, they are cancelled.
            for (Delivery replaced : open) happened.add(new DeliveryCancelled(replaced.cancel(), changes.calendar.now()));
            open = List.of();
            changed = changed.changePlan(newPlanId, anchor, anchorCycle);
            changes.subscriptions.takePrice(subscriptionId, newPlanId, newPlan.price());
        }
        List<Delivery> updated = new ArrayList<>();
        if (newQuantity != null && newQuantity != subscription.quantity()) {
            changed = changed.changeQuantity(newQuantity);
            for (Delivery delivery : open) updated.add(delivery.withQuantity(newQuantity));
        }
        // A new quantity on the deliveries ahead is told of by the subscription's event.
        if (changed != subscription) happened.add(0, new SubscriptionChanged(changed, changes.calendar.now()));
        return changes.save(changed, updated, today, happened);
    }
}

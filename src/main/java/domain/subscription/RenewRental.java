package domain.subscription;

import domain.shared.StateConflictException;
import domain.subscription.SubscriptionEvent.SubscriptionRenewed;
import domain.subscription.SubscriptionState.Action;
import java.util.List;
import java.util.UUID;

/** A subscriber extends a rental by another commitment period; its {@code rental.end} job moves to the new end. */
public final class RenewRental implements RenewRentalUseCase {
    private final SubscriptionChanges changes;

    public RenewRental(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription renew(String userId, UUID subscriptionId) {
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.RENEW);
        if (!subscription.isRental()) throw new StateConflictException("subscription", "a regular delivery", "renew");
        Subscription renewed = subscription.renew(changes.plan(subscription.planId()).rentalTerms().commitmentMonths());
        changes.scheduler.reschedule(SubscriptionJobs.rentalEndKey(subscriptionId), SubscriptionJobs.rentalEndDue(renewed.commitmentEndsOn()));
        return changes.save(renewed, List.of(), changes.calendar.today(), List.of(new SubscriptionRenewed(renewed, changes.calendar.now())));
    }
}

package domain.subscription;

import domain.delivery.Delivery;
import domain.shared.DomainEvent;
import domain.subscription.SubscriptionEvent.SubscriptionCancelled;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A subscriber cancels: the deliveries not yet gone are called off (paid ones refunded), except, at the end
 * of the cycle, those already paid; a rental cancelled inside its commitment owes its early-termination fee.
 */
public final class CancelSubscription implements CancelSubscriptionUseCase {
    private final SubscriptionChanges changes;

    public CancelSubscription(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription cancel(String userId, UUID subscriptionId, CancellationMode mode) {
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.CANCEL);
        CancellationMode effectiveMode = subscription.isRental() || mode == null ? CancellationMode.IMMEDIATE : mode;
        List<Delivery> ahead = changes.deliveries.aheadOf(subscriptionId, today);
        // A rental whose goods have not been handed over (its delivery still ahead) owes no early-termination fee.
        boolean goodsHandedOver = ahead.isEmpty();
        var fee = subscription.isInsideCommitment(today) && goodsHandedOver
                ? changes.plan(subscription.planId()).rentalTerms().earlyTerminationFee() : null;
        // An auto top-up for the fee asks the gateway: before anything is locked.
        if (fee != null && fee.amount() > 0) changes.payments.prepareEarlyTermination(subscription, fee.amount());
        // The deliveries first, then money (payments, the wallet): the order billing locks in.
        changes.deliveries.lock(ahead);
        // At the end of the cycle, deliveries already paid still go; everything else ahead is called off.
        List<Delivery> ending = effectiveMode == CancellationMode.END_OF_CYCLE
                ? ahead.stream().filter(d -> !d.isPaid()).toList() : ahead;
        LocalDate endsOn = today;
        if (effectiveMode == CancellationMode.END_OF_CYCLE && !ending.isEmpty()) {
            endsOn = ending.get(0).originalDate().minusDays(1);
            if (endsOn.isBefore(today)) endsOn = today;
        }
        Subscription cancelled = subscription.cancel(new Cancellation(effectiveMode, changes.calendar.now(), endsOn, fee,
                CancellationReason.SUBSCRIBER));
        changes.scheduler.cancel(List.of(SubscriptionJobs.resumeKey(subscriptionId), SubscriptionJobs.rentalEndKey(subscriptionId)));
        if (subscription.isRental()) changes.billing.stopRentalFees(subscriptionId);
        // Refunds (payment, then wallet) before the fee (wallet): the order a partner's refund locks in.
        List<DomainEvent> happened = new ArrayList<>(List.of(new SubscriptionCancelled(cancelled, changes.calendar.now())));
        List<Delivery> calledOff = changes.callOff(ending, happened);
        if (fee != null && fee.amount() > 0) changes.payments.chargeEarlyTermination(subscription, fee.amount());
        return changes.save(cancelled, calledOff, today, happened);
    }
}

package domain.subscription;

import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent.DeliveryCancelled;
import domain.delivery.DeliveryEvent.DeliveryPaid;
import domain.delivery.DeliveryEvent.DeliveryPaymentFailed;
import domain.shared.DomainEvent;
import domain.shared.NotFoundException;
import domain.subscription.SubscriptionEvent.SubscriptionCancelled;
import domain.subscription.SubscriptionEvent.SubscriptionSuspended;
import domain.subscription.SubscriptionState.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a delivery's late payment, or its last failed retry, does to the delivery and its subscription. Called by billing. */
public final class SettleDeliveryPayment implements SettleDeliveryPaymentUseCase {
    private final SubscriptionChanges changes;

    public SettleDeliveryPayment(SubscriptionChanges changes) {
        this.changes = changes;
    }

    /**
     * A delivery was paid after billing first failed: it goes to the shop on its date, or at once when its
     * dispatch time has passed (its dispatch job found it unpaid).
     */
    @Override
    public void settlePaid(UUID deliveryId) {
        Delivery delivery = changes.deliveries.byId(deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        Subscription subscription = changes.subscriptions.byId(delivery.subscriptionId()).orElseThrow();
        Delivery paid = delivery.paid();
        if (changes.jobs.dispatchTimeNear(paid.date(), changes.calendar.now())) {
            changes.scheduler.schedule(List.of(changes.jobs.dispatchLate(deliveryId, paid.date(), changes.calendar.now())));
        }
        // A rental's later fees wait for its first month; a fee job that found it unpaid has ended (see RentalFees).
        if (subscription.isRental()) changes.billing.startRentalFees(subscription, 1);
        changes.save(subscription, List.of(paid), changes.calendar.today(), List.of(new DeliveryPaid(paid, changes.calendar.now())));
    }

    /** Nothing changes but what consumers hear: the attempt is billing's record, the delivery waits for the next. */
    @Override
    public void retryFailed(UUID deliveryId) {
        Delivery delivery = changes.deliveries.byId(deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        changes.events.record(new DeliveryPaymentFailed(delivery, changes.calendar.now()));
    }

    /**
     * A delivery's last payment retry failed: it is cancelled as unpaid, and after {@code limit} unpaid
     * cycles in a row the subscription is suspended (its deliveries ahead skipped) until the subscriber resumes.
     */
    @Override
    public void settleUnpaid(UUID deliveryId, int limit) {
        LocalDate today = changes.calendar.today();
        Delivery delivery = changes.deliveries.byId(deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        Subscription subscription = changes.subscriptions.byId(delivery.subscriptionId()).orElseThrow();
        changes.scheduler.cancel(List.of(SubscriptionJobs.dispatchKey(deliveryId)));
        Delivery unpaid = delivery.cancelUnpaid();
        changes.deliveries.update(List.of(unpaid));
        Instant now = changes.calendar.now();
        // The last attempt failed, then the delivery is given up: what follows from it comes after.
        List<DomainEvent> happened = new ArrayList<>(List.of(new DeliveryPaymentFailed(delivery, now), new DeliveryCancelled(unpaid, now)));
        if (subscription.isRental() && subscription.state().allows(Action.CANCEL)) {
            // A rental's one delivery carries its first month: unpaid, the rental never began and owes nothing.
            changes.scheduler.cancel(List.of(SubscriptionJobs.rentalEndKey(subscription.id())));
            changes.billing.stopRentalFees(subscription.id());
            Subscription cancelled = subscription.cancel(new Cancellation(CancellationMode.IMMEDIATE, now, today, null,
                    CancellationReason.FIRST_MONTH_UNPAID));
            happened.add(new SubscriptionCancelled(cancelled, now));
            changes.save(cancelled, List.of(), today, happened);
            return;
        }
        if (changes.deliveries.unpaidInARow(subscription.id()) < limit || !subscription.state().allows(Action.SUSPEND)) {
            changes.save(subscription, List.of(), today, happened);
            return;
        }
        Subscription suspended = subscription.suspend(today);
        happened.add(new SubscriptionSuspended(suspended, now));
        changes.save(suspended, changes.applyPause(suspended, today, happened), today, happened);
    }
}

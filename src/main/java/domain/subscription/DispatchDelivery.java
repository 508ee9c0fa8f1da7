package domain.subscription;

import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent.DeliveryDispatched;
import domain.scheduling.JobHandler;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** On its date a paid delivery is handed to the partner shop; the next one gets its dispatch job. */
public final class DispatchDelivery implements DispatchDeliveryUseCase {
    private final SubscriptionChanges changes;

    public DispatchDelivery(SubscriptionChanges changes) {
        this.changes = changes;
    }

    /** The handler of the {@code delivery.dispatch} job, due on the delivery's date at the dispatch time. */
    public JobHandler handler() {
        return JobHandler.of(SubscriptionJobs.DISPATCH, job -> dispatch(UUID.fromString(job.subjectId())));
    }

    @Override
    public void dispatch(UUID deliveryId) {
        Delivery delivery = changes.deliveries.byId(deliveryId).orElse(null);
        if (delivery == null) return;
        LocalDate today = changes.calendar.today();
        if (!delivery.state().isAhead()) {
            // Shipped early (skips and cancellations cancel this job): nothing to hand over, but the next
            // delivery still needs its dispatch job, which is scheduled when this one stops being next.
            changes.scheduleNextDispatch(changes.deliveries.aheadOf(delivery.subscriptionId(), today), List.of());
            return;
        }
        // Not paid by its date: it waits; paying it late (or giving it up) schedules what comes next.
        if (!delivery.isPaid()) return;
        Subscription subscription = changes.subscriptions.byId(delivery.subscriptionId()).orElseThrow();
        Delivery dispatched = delivery.dispatch();
        changes.save(subscription, List.of(dispatched), today, List.of(new DeliveryDispatched(dispatched, changes.calendar.now())));
    }
}

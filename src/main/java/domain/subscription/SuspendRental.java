package domain.subscription;

import domain.shared.DomainEvent;
import domain.subscription.SubscriptionEvent.SubscriptionSuspended;
import domain.subscription.SubscriptionState.Action;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A rental whose monthly fees went unpaid too many months in a row: suspended until the subscriber resumes. Called by billing. */
public final class SuspendRental implements SuspendRentalUseCase {
    private final SubscriptionChanges changes;

    public SuspendRental(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public void suspendForUnpaidFees(UUID subscriptionId) {
        Subscription subscription = changes.subscriptions.byId(subscriptionId).orElseThrow();
        if (!subscription.state().allows(Action.SUSPEND)) return;
        changes.billing.stopRentalFees(subscriptionId);
        Subscription suspended = subscription.suspend(changes.calendar.today());
        List<DomainEvent> happened = new ArrayList<>(List.of(new SubscriptionSuspended(suspended, changes.calendar.now())));
        changes.save(suspended, changes.applyPause(suspended, changes.calendar.today(), happened), changes.calendar.today(), happened);
    }
}

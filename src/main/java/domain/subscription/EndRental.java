package domain.subscription;

import domain.scheduling.JobHandler;
import domain.shared.DomainEvent;
import domain.subscription.SubscriptionEvent.SubscriptionEnded;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A rental ends when its commitment is over, unless it was renewed meanwhile; its fees stop. */
public final class EndRental implements EndRentalUseCase {
    private final SubscriptionChanges changes;

    public EndRental(SubscriptionChanges changes) {
        this.changes = changes;
    }

    /** The handler of the {@code rental.end} job, due when the commitment is over. */
    public JobHandler handler() {
        return JobHandler.of(SubscriptionJobs.RENTAL_END, job -> endCommitment(UUID.fromString(job.subjectId())));
    }

    @Override
    public void endCommitment(UUID subscriptionId) {
        Subscription subscription = changes.subscriptions.byId(subscriptionId).orElse(null);
        if (subscription == null) return;
        LocalDate today = changes.calendar.today();
        Subscription ended = subscription.endIfCommitmentOver(today);
        if (ended == subscription) return;
        changes.billing.stopRentalFees(subscriptionId);
        List<DomainEvent> happened = new ArrayList<>(List.of(new SubscriptionEnded(ended, changes.calendar.now())));
        changes.save(ended, changes.callOff(changes.deliveries.aheadOf(subscriptionId, today), happened), today, happened);
    }
}

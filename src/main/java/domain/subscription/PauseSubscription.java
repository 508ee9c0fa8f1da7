package domain.subscription;

import domain.delivery.Delivery;
import domain.delivery.SkipReason;
import domain.scheduling.JobHandler;
import domain.shared.DomainEvent;
import domain.shared.InvalidInputException;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionEvent.SubscriptionPaused;
import domain.subscription.SubscriptionEvent.SubscriptionResumed;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Pausing and resuming: a pause skips the deliveries inside it (see {@link PauseEffects}); resuming brings back
 * what the pause skipped. A dated pause ends by itself through its {@code subscription.resume} job.
 */
public final class PauseSubscription implements PauseSubscriptionUseCase {
    private final SubscriptionChanges changes;

    public PauseSubscription(SubscriptionChanges changes) {
        this.changes = changes;
    }

    /** The handler of the {@code subscription.resume} job, which ends a dated pause on its date. */
    public JobHandler handler() {
        return JobHandler.of(SubscriptionJobs.RESUME, job -> resumeAsPlanned(UUID.fromString(job.subjectId())));
    }

    @Override
    public Subscription pause(String userId, UUID subscriptionId, LocalDate until) {
        LocalDate today = changes.calendar.today();
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.PAUSE);
        if (subscription.isRental()) throw new StateConflictException("rental subscription", "a rental", "pause");
        if (until != null) {
            if (!until.isAfter(today)) throw InvalidInputException.of("until", "must be after today (" + today + ")");
            SubscriptionChanges.requireWithinAYear(until, today, "until");
        }
        Subscription paused = subscription.pause(today, until);
        if (until != null) changes.scheduler.schedule(List.of(SubscriptionJobs.resume(paused)));
        List<DomainEvent> happened = new ArrayList<>(List.of(new SubscriptionPaused(paused, changes.calendar.now())));
        return changes.save(paused, changes.applyPause(paused, today, happened), today, happened);
    }

    @Override
    public Subscription resume(String userId, UUID subscriptionId) {
        Subscription subscription = changes.own(userId, subscriptionId);
        subscription.require(Action.RESUME);
        // Jobs before the subscription row: the same order as a running job's (see SubscriptionChanges.save).
        changes.scheduler.cancel(List.of(SubscriptionJobs.resumeKey(subscriptionId)));
        return resume(subscription);
    }

    @Override
    public void resumeAsPlanned(UUID subscriptionId) {
        Subscription subscription = changes.subscriptions.byId(subscriptionId).orElse(null);
        if (subscription == null || subscription.state() != SubscriptionState.PAUSED) return;
        var pause = subscription.pause();
        if (pause.until() == null || changes.calendar.today().isBefore(pause.until())) return;
        resume(subscription);
    }

    private Subscription resume(Subscription subscription) {
        LocalDate today = changes.calendar.today();
        Subscription resumed = subscription.resume();
        if (subscription.isRental() && subscription.state() == SubscriptionState.SUSPENDED) {
            // The fees start again with the first month not begun yet; the unpaid ones stay recorded as unpaid.
            int month = (int) ChronoUnit.MONTHS.between(subscription.startDate(), today) + 1;
            changes.billing.startRentalFees(subscription, month);
        }
        UUID subscriptionId = subscription.id();
        List<Delivery> changed = new ArrayList<>();
        for (Delivery delivery : changes.deliveries.aheadOf(subscriptionId, today)) {
            if (delivery.skipReason() == SkipReason.PAUSED) changed.add(delivery.unskip());
        }
        // The deliveries the pause skipped come back with it: the subscription's event tells of them.
        return changes.save(resumed, changed, today, List.of(new SubscriptionResumed(resumed, changes.calendar.now())));
    }
}

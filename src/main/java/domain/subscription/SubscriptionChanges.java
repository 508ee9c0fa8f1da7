package domain.subscription;

import domain.catalog.Plan;
import domain.catalog.Plans;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent.DeliveryCancelled;
import domain.delivery.DeliveryEvent.DeliveryRefunded;
import domain.delivery.DeliveryEvent.DeliveryScheduled;
import domain.delivery.DeliveryState;
import domain.scheduling.JobScheduler;
import domain.shared.BusinessCalendar;
import domain.shared.DomainEvent;
import domain.shared.EventLog;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the subscription use cases share: the ports they work on, and the unit of work each ends with
 * ({@link #save}). Each use case changes the subscription and its open deliveries together, then records what
 * happened to them as events; the caller runs it in one transaction. The class is public only so that the wiring
 * can build it once for all the use cases; everything it does is for this package alone.
 */
public final class SubscriptionChanges {
    /** How far ahead a subscriber may start or pause until. */
    static final int MAX_DAYS_AHEAD = 366;

    final Subscriptions subscriptions;
    final Deliveries deliveries;
    final Plans plans;
    final BusinessCalendar calendar;
    final DeliveryPlanner planner;
    final JobScheduler scheduler;
    final SubscriptionJobs jobs;
    final SubscriptionBilling billing;
    final SubscriptionPayments payments;
    final SkippedDays skippedDays;
    final EventLog events;

    public SubscriptionChanges(Subscriptions subscriptions, Deliveries deliveries, Plans plans, SkippedDays skippedDays,
                               BusinessCalendar calendar, int upcomingDeliveries,
                               JobScheduler scheduler, SubscriptionJobs jobs, SubscriptionBilling billing,
                               SubscriptionPayments payments, EventLog events) {
        this.events = events;
        this.skippedDays = skippedDays;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.plans = plans;
        this.calendar = calendar;
        this.planner = new DeliveryPlanner(upcomingDeliveries);
        this.scheduler = scheduler;
        this.jobs = jobs;
        this.billing = billing;
        this.payments = payments;
    }

    /** The caller's own subscription; anyone else's does not exist for them. */
    Subscription own(String userId, UUID subscriptionId) {
        return subscriptions.byId(subscriptionId).filter(s -> s.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
    }

    /**
     * Saves the subscription and the deliveries it changed, then writes down the cycles that are now missing
     * (one on a day the subscriber skipped is written skipped); then records the use case's {@code happened}
     * and a {@code delivery.scheduled} for each cycle written down, in one go, after the rows they describe.
     */
    Subscription save(Subscription subscription, List<Delivery> changedDeliveries, LocalDate today, List<DomainEvent> happened) {
        // Job rows are locked before the subscription row, as a running job holds its own row before it
        // changes the subscription: the other order could deadlock with a dispatch job firing meanwhile.
        scheduler.cancel(changedDeliveries.stream()
                .filter(d -> d.state() == DeliveryState.SKIPPED || d.state() == DeliveryState.CANCELLED)
                .map(d -> SubscriptionJobs.dispatchKey(d.id())).toList());
        subscriptions.update(subscription);
        deliveries.update(changedDeliveries);
        List<Delivery> open = deliveries.aheadOf(subscription.id(), today);
        long scheduled = open.stream().filter(d -> d.state() != DeliveryState.SKIPPED).count();
        int lastCycle = deliveries.lastCycleOf(subscription.id());
        List<Delivery> planned = planner.nextDeliveries(subscription, plan(subscription.planId()), lastCycle, scheduled, today,
                skippedDays.from(subscription.id(), today));
        deliveries.add(planned);
        record(happened, planned);
        scheduleNextDispatch(open, planned);
        List<Delivery> written = new ArrayList<>(open);
        written.addAll(planned);
        billing.billSoonIfDue(subscription, written);
        return subscription;
    }

    /** Records what a use case did and the deliveries it wrote down, in one call (none when nothing happened). */
    void record(List<DomainEvent> happened, List<Delivery> planned) {
        List<DomainEvent> all = new ArrayList<>(happened);
        Instant now = calendar.now();
        for (Delivery delivery : planned) all.add(new DeliveryScheduled(delivery, now));
        if (!all.isEmpty()) events.record(all);
    }

    /**
     * The next scheduled delivery has a live dispatch job (scheduling one that exists does nothing); when it
     * is dispatched, skipped or cancelled, the one after it gets its job here. A skipped or cancelled
     * delivery's job is cancelled (in save); a dispatched delivery's job is the one running. One job per
     * subscription at a time instead of one per written-down delivery keeps subscribing cheap.
     */
    void scheduleNextDispatch(List<Delivery> open, List<Delivery> planned) {
        List<Delivery> candidates = new ArrayList<>(open);
        candidates.addAll(planned);
        nextToDispatch(candidates).ifPresent(next -> scheduler.schedule(List.of(jobs.dispatch(next))));
    }

    static Optional<Delivery> nextToDispatch(List<Delivery> candidates) {
        return candidates.stream().filter(d -> d.state().isAhead() && d.state() != DeliveryState.SKIPPED)
                .min(Comparator.comparing(Delivery::date).thenComparingInt(Delivery::cycleNumber));
    }

    /**
     * Applies {@link PauseEffects} to the deliveries ahead, locked first (then payments and the wallet: the order
     * billing locks in), refunding the paid ones it calls off. Adds to {@code happened} a {@code delivery.cancelled}
     * (and {@code delivery.refunded}) for each delivery called off; one skipped is told by the pause's own event.
     */
    List<Delivery> applyPause(Subscription paused, LocalDate today, List<DomainEvent> happened) {
        List<Delivery> ahead = deliveries.aheadOf(paused.id(), today);
        deliveries.lock(ahead);
        PauseEffects.Outcome outcome = PauseEffects.of(paused.pause(), ahead, today);
        List<UUID> refunded = new ArrayList<>();
        for (Delivery delivery : outcome.refunded()) {
            if (payments.refundDelivery(delivery.id())) refunded.add(delivery.id());
        }
        for (Delivery delivery : outcome.changed()) {
            if (delivery.state() == DeliveryState.CANCELLED) calledOff(delivery, refunded.contains(delivery.id()), happened);
        }
        return outcome.changed();
    }

    /**
     * Cancels deliveries that have not gone to the shop; one already paid is refunded in full. Adds their
     * {@code delivery.cancelled} (and {@code delivery.refunded}) to {@code happened}.
     */
    List<Delivery> callOff(List<Delivery> ahead, List<DomainEvent> happened) {
        List<Delivery> cancelled = new ArrayList<>();
        for (Delivery delivery : ahead) {
            boolean refunded = delivery.isPaid() && payments.refundDelivery(delivery.id());
            Delivery called = delivery.cancel();
            cancelled.add(called);
            calledOff(called, refunded, happened);
        }
        return cancelled;
    }

    private void calledOff(Delivery cancelled, boolean refunded, List<DomainEvent> happened) {
        Instant now = calendar.now();
        happened.add(new DeliveryCancelled(cancelled, now));
        if (refunded) happened.add(new DeliveryRefunded(cancelled, now));
    }

    /** One of the subscription's deliveries that is still scheduled, today or later: one the subscriber may change. */
    Delivery upcoming(UUID subscriptionId, UUID deliveryId, LocalDate today) {
        Delivery delivery = deliveries.byId(deliveryId).filter(d -> d.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        if (delivery.state() != DeliveryState.SCHEDULED || delivery.date().isBefore(today)) {
            throw new StateConflictException("delivery", delivery.state() == DeliveryState.SCHEDULED ? "in the past" : delivery.state().name(), "change");
        }
        return delivery;
    }

    /** The plan a subscription is on; its being gone is a bug, not an input error. */
    Plan plan(UUID planId) {
        return plans.byId(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " of a subscription is gone"));
    }

    static void requireWithinAYear(LocalDate date, LocalDate today, String field) {
        if (date.isBefore(today)) throw InvalidInputException.of(field, "must not be before today (" + today + ")");
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) throw InvalidInputException.of(field, "must be within a year from today");
    }
}

package domain.subscription;

import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.Plans;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliverySchedule;
import domain.delivery.DeliveryState;
import domain.delivery.SkipReason;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionState.Action;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The subscription use cases. Each one changes the subscription and its open deliveries together;
 * the caller runs it in one transaction.
 */
public final class SubscriptionService implements SubscribeUseCase, ChangeSubscriptionUseCase, ViewSubscriptionsUseCase,
        DueWork {
    /** How far ahead a subscriber may start or pause until. */
    static final int MAX_DAYS_AHEAD = 366;

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Plans plans;
    private final BusinessCalendar calendar;
    private final DeliveryPlanner planner;
    private final JobScheduler scheduler;
    private final SubscriptionJobs jobs;
    private final BillingSchedule billing;
    private final SubscriptionPayments payments;

    public SubscriptionService(Subscriptions subscriptions, Deliveries deliveries, Plans plans,
                               BusinessCalendar calendar, int upcomingDeliveries,
                               JobScheduler scheduler, SubscriptionJobs jobs, BillingSchedule billing,
                               SubscriptionPayments payments) {
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

    @Override
    public Subscription subscribe(String userId, Subscribe command) {
        LocalDate today = calendar.today();
        Plan plan = plans.byId(command.planId())
                .orElseThrow(() -> InvalidInputException.of("planId", "is not a plan"));
        if (!plan.isActive()) throw InvalidInputException.of("planId", "is retired and open to no new subscriptions");
        requireWithinAYear(command.startDate(), today, "startDate");
        LocalDate commitmentEnds = plan.kind() == PlanKind.RENTAL
                ? command.startDate().plusMonths(plan.rentalTerms().commitmentMonths()) : null;
        Subscription subscription = Subscription.start(userId, plan.shopId(), plan.id(), plan.kind(), command.quantity(),
                command.address(), command.startDate(), commitmentEnds, calendar.now());
        subscriptions.add(subscription);
        List<Delivery> planned = planner.nextDeliveries(subscription, plan, -1, 0, today, java.util.Set.of());
        deliveries.add(planned);
        List<JobRequest> due = new ArrayList<>();
        nextToDispatch(planned).ifPresent(next -> due.add(jobs.dispatch(next)));
        if (subscription.isRental()) {
            due.add(SubscriptionJobs.rentalEnd(subscription));
            due.add(nextRentalFee(subscription, 1));
        }
        billSoonIfDue(subscription, planned).ifPresent(due::add);
        scheduler.schedule(due);
        return subscription;
    }

    @Override
    public Subscription pause(String userId, UUID subscriptionId, LocalDate until) {
        LocalDate today = calendar.today();
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.PAUSE);
        if (subscription.isRental()) throw new StateConflictException("rental subscription", "a rental", "pause");
        if (until != null) {
            if (!until.isAfter(today)) throw InvalidInputException.of("until", "must be after today (" + today + ")");
            requireWithinAYear(until, today, "until");
        }
        Subscription paused = subscription.pause(today, until);
        if (until != null) scheduler.schedule(List.of(SubscriptionJobs.resume(paused)));
        return save(paused, applyPause(paused, today), today);
    }

    @Override
    public Subscription resume(String userId, UUID subscriptionId) {
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.RESUME);
        // Jobs before the subscription row: the same order as a running job's (see save).
        scheduler.cancel(List.of(SubscriptionJobs.resumeKey(subscriptionId)));
        return resume(subscription);
    }

    private Subscription resume(Subscription subscription) {
        LocalDate today = calendar.today();
        Subscription resumed = subscription.resume();
        if (subscription.isRental() && subscription.state() == SubscriptionState.SUSPENDED) {
            // The fees start again with the first month not begun yet; the unpaid ones stay recorded as unpaid.
            int month = (int) java.time.temporal.ChronoUnit.MONTHS.between(subscription.startDate(), today) + 1;
            scheduler.schedule(List.of(nextRentalFee(subscription, month)));
        }
        UUID subscriptionId = subscription.id();
        List<Delivery> changed = new ArrayList<>();
        for (Delivery delivery : deliveries.aheadOf(subscriptionId, today)) {
            if (delivery.skipReason() == SkipReason.PAUSED) changed.add(delivery.unskip());
        }
        return save(resumed, changed, today);
    }

    @Override
    public Subscription skip(String userId, UUID subscriptionId, UUID deliveryId) {
        LocalDate today = calendar.today();
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.SKIP);
        // A rental's one delivery is the rented goods: without it there is nothing to rent. Move it, or cancel.
        if (subscription.isRental()) throw new StateConflictException("rental subscription", "a rental", "skip");
        Delivery target = deliveryId == null
                ? deliveries.aheadOf(subscriptionId, today).stream().filter(Delivery::isScheduled).findFirst()
                        .orElseThrow(() -> new StateConflictException("subscription", "without an upcoming delivery", "skip"))
                : upcoming(subscriptionId, deliveryId, today);
        return save(subscription, List.of(target.skip(SkipReason.SUBSCRIBER)), today);
    }

    @Override
    public Subscription reschedule(String userId, UUID subscriptionId, UUID deliveryId, LocalDate newDate) {
        LocalDate today = calendar.today();
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.RESCHEDULE);
        if (newDate == null) throw InvalidInputException.of("date", "is required");
        Delivery delivery = upcoming(subscriptionId, deliveryId, today);
        if (!newDate.isAfter(today)) throw InvalidInputException.of("date", "must be after today (" + today + ")");
        if (!subscription.isRental()) {
            Plan plan = plan(subscription.planId());
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
        scheduler.reschedule(SubscriptionJobs.dispatchKey(delivery.id()), jobs.dispatchDue(newDate));
        return save(subscription, List.of(delivery.reschedule(newDate)), today);
    }

    @Override
    public Subscription change(String userId, UUID subscriptionId, UUID newPlanId, Integer newQuantity) {
        LocalDate today = calendar.today();
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.CHANGE);
        if (newPlanId == null && newQuantity == null) {
            throw InvalidInputException.of("planId", "or quantity is required");
        }
        if (newQuantity != null && (newQuantity < 1 || newQuantity > Subscription.MAX_QUANTITY)) {
            throw InvalidInputException.of("quantity", "must be between 1 and " + Subscription.MAX_QUANTITY);
        }
        if (subscription.isRental()) throw new StateConflictException("rental subscription", "a rental", "change");
        // Deliveries being paid or paid keep their plan and quantity; the change starts after them.
        List<Delivery> open = deliveries.aheadOf(subscriptionId, today).stream().filter(d -> d.state().isOpen()).toList();
        Subscription changed = subscription;
        java.util.Set<LocalDate> skippedDays = java.util.Set.of();
        if (newPlanId != null && !newPlanId.equals(subscription.planId())) {
            Plan newPlan = plans.byId(newPlanId)
                    .filter(p -> p.shopId().equals(subscription.shopId()) && p.kind() == subscription.kind())
                    .orElseThrow(() -> InvalidInputException.of("planId", "is not a regular-delivery plan of the same shop"));
            if (!newPlan.isActive()) throw InvalidInputException.of("planId", "is retired");
            // The new schedule starts where the next open cycle would have (the lowest cycle number: reschedules
            // may have swapped dates); open cycles from there are planned anew.
            Delivery next = open.stream().min(java.util.Comparator.comparingInt(Delivery::cycleNumber)).orElse(null);
            LocalDate anchor = next == null ? today : next.originalDate();
            int anchorCycle = next == null ? deliveries.lastCycleOf(subscriptionId) + 1 : next.cycleNumber();
            // The subscriber's skips are of days: the new plan's delivery on a skipped day is skipped too.
            skippedDays = open.stream().filter(d -> d.skipReason() == SkipReason.SUBSCRIBER)
                    .flatMap(d -> java.util.stream.Stream.of(d.date(), d.originalDate())).collect(java.util.stream.Collectors.toSet());
            deliveries.remove(open);
            scheduler.cancel(open.stream().map(d -> SubscriptionJobs.dispatchKey(d.id())).toList());
            open = List.of();
            changed = changed.changePlan(newPlanId, anchor, anchorCycle);
        }
        List<Delivery> updated = new ArrayList<>();
        if (newQuantity != null && newQuantity != subscription.quantity()) {
            changed = changed.changeQuantity(newQuantity);
            for (Delivery delivery : open) updated.add(delivery.withQuantity(newQuantity));
        }
        return save(changed, updated, today, skippedDays);
    }

    @Override
    public Subscription cancel(String userId, UUID subscriptionId, CancellationMode mode) {
        LocalDate today = calendar.today();
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.CANCEL);
        CancellationMode effectiveMode = subscription.isRental() || mode == null ? CancellationMode.IMMEDIATE : mode;
        List<Delivery> ahead = deliveries.aheadOf(subscriptionId, today);
        // The deliveries first, then money (payments, the wallet): the order billing locks in.
        deliveries.lock(ahead);
        // At the end of the cycle, deliveries already paid still go; everything else ahead is called off.
        List<Delivery> ending = effectiveMode == CancellationMode.END_OF_CYCLE
                ? ahead.stream().filter(d -> !d.isPaid()).toList() : ahead;
        LocalDate endsOn = today;
        if (effectiveMode == CancellationMode.END_OF_CYCLE && !ending.isEmpty()) {
            endsOn = ending.get(0).originalDate().minusDays(1);
            if (endsOn.isBefore(today)) endsOn = today;
        }
        // A rental whose goods have not been handed over (its delivery still ahead) owes no early-termination fee.
        boolean goodsHandedOver = ahead.isEmpty();
        var fee = subscription.isInsideCommitment(today) && goodsHandedOver
                ? plan(subscription.planId()).rentalTerms().earlyTerminationFee() : null;
        Subscription cancelled = subscription.cancel(new Cancellation(effectiveMode, calendar.now(), endsOn, fee,
                CancellationReason.SUBSCRIBER));
        scheduler.cancel(List.of(SubscriptionJobs.resumeKey(subscriptionId), SubscriptionJobs.rentalEndKey(subscriptionId)));
        if (subscription.isRental()) scheduler.cancelAll(SubscriptionJobs.RENTAL_FEE, subscriptionId.toString());
        // Refunds (payment, then wallet) before the fee (wallet): the order a partner's refund locks in.
        List<Delivery> calledOff = callOff(ending);
        if (fee != null && fee.amount() > 0) payments.chargeEarlyTermination(subscription, fee.amount());
        return save(cancelled, calledOff, today);
    }

    /**
     * Applies {@link PauseEffects} to the deliveries ahead, locked first (then payments and the wallet: the order
     * billing locks in), refunding the paid ones it calls off.
     */
    private List<Delivery> applyPause(Subscription paused, LocalDate today) {
        List<Delivery> ahead = deliveries.aheadOf(paused.id(), today);
        deliveries.lock(ahead);
        PauseEffects.Outcome outcome = PauseEffects.of(paused.pause(), ahead, today);
        for (Delivery delivery : outcome.refunded()) payments.refundDelivery(delivery.id());
        return outcome.changed();
    }

    /** Cancels deliveries that have not gone to the shop; one already paid is refunded in full. */
    private List<Delivery> callOff(List<Delivery> ahead) {
        for (Delivery delivery : ahead) if (delivery.isPaid()) payments.refundDelivery(delivery.id());
        return ahead.stream().map(Delivery::cancel).toList();
    }

    @Override
    public Subscription renew(String userId, UUID subscriptionId) {
        Subscription subscription = own(userId, subscriptionId);
        subscription.require(Action.RENEW);
        if (!subscription.isRental()) throw new StateConflictException("subscription", "a regular delivery", "renew");
        Subscription renewed = subscription.renew(plan(subscription.planId()).rentalTerms().commitmentMonths());
        scheduler.reschedule(SubscriptionJobs.rentalEndKey(subscriptionId), SubscriptionJobs.rentalEndDue(renewed.commitmentEndsOn()));
        return save(renewed, List.of(), calendar.today());
    }

    @Override
    public void dispatch(UUID deliveryId) {
        Delivery delivery = deliveries.byId(deliveryId).orElse(null);
        if (delivery == null) return;
        LocalDate today = calendar.today();
        if (!delivery.state().isAhead()) {
            // Shipped early (skips and cancellations cancel this job): nothing to hand over, but the next
            // delivery still needs its dispatch job, which is scheduled when this one stops being next.
            scheduleNextDispatch(deliveries.aheadOf(delivery.subscriptionId(), today), List.of());
            return;
        }
        // Not paid by its date: it waits; paying it late (or giving it up) schedules what comes next.
        if (!delivery.isPaid()) return;
        Subscription subscription = subscriptions.byId(delivery.subscriptionId()).orElseThrow();
        save(subscription, List.of(delivery.dispatch()), today);
    }

    /**
     * A delivery was paid after billing first failed: it goes to the shop on its date, or at once when its
     * dispatch time has passed (its dispatch job found it unpaid).
     */
    public void settlePaid(UUID deliveryId) {
        Delivery delivery = deliveries.byId(deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        Subscription subscription = subscriptions.byId(delivery.subscriptionId()).orElseThrow();
        Delivery paid = delivery.paid();
        if (jobs.dispatchTimeNear(paid.date(), calendar.now())) scheduler.schedule(List.of(jobs.dispatchLate(deliveryId, paid.date(), calendar.now())));
        // A rental's later fees wait for its first month; a fee job that found it unpaid has ended (see RentalFees).
        if (subscription.isRental()) scheduler.schedule(List.of(nextRentalFee(subscription, 1)));
        save(subscription, List.of(paid), calendar.today());
    }

    /**
     * A delivery's last payment retry failed: it is cancelled as unpaid, and after {@code limit} unpaid
     * cycles in a row the subscription is suspended (its deliveries ahead skipped) until the subscriber resumes.
     */
    public void settleUnpaid(UUID deliveryId, int limit) {
        LocalDate today = calendar.today();
        Delivery delivery = deliveries.byId(deliveryId).orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        Subscription subscription = subscriptions.byId(delivery.subscriptionId()).orElseThrow();
        scheduler.cancel(List.of(SubscriptionJobs.dispatchKey(deliveryId)));
        deliveries.update(List.of(delivery.cancelUnpaid()));
        if (subscription.isRental() && subscription.state().allows(Action.CANCEL)) {
            // A rental's one delivery carries its first month: unpaid, the rental never began and owes nothing.
            scheduler.cancel(List.of(SubscriptionJobs.rentalEndKey(subscription.id())));
            scheduler.cancelAll(SubscriptionJobs.RENTAL_FEE, subscription.id().toString());
            save(subscription.cancel(new Cancellation(CancellationMode.IMMEDIATE, calendar.now(), today, null,
                    CancellationReason.FIRST_MONTH_UNPAID)), List.of(), today);
            return;
        }
        if (deliveries.unpaidInARow(subscription.id()) < limit || !subscription.state().allows(Action.SUSPEND)) {
            save(subscription, List.of(), today);
            return;
        }
        Subscription suspended = subscription.suspend(today);
        save(suspended, applyPause(suspended, today), today);
    }

    /** A rental whose monthly fees went unpaid too many months in a row: suspended until the subscriber resumes. */
    public void suspendForUnpaidFees(UUID subscriptionId) {
        Subscription subscription = subscriptions.byId(subscriptionId).orElseThrow();
        if (!subscription.state().allows(Action.SUSPEND)) return;
        scheduler.cancelAll(SubscriptionJobs.RENTAL_FEE, subscriptionId.toString());
        Subscription suspended = subscription.suspend(calendar.today());
        save(suspended, applyPause(suspended, calendar.today()), calendar.today());
    }

    private JobRequest nextRentalFee(Subscription rental, int month) {
        java.time.Instant due = billing.billsAt(rental.startDate().plusMonths(month));
        return SubscriptionJobs.rentalFee(rental.id(), month, 0, 0, due.isBefore(calendar.now()) ? calendar.now() : due);
    }

    @Override
    public void resumeAsPlanned(UUID subscriptionId) {
        Subscription subscription = subscriptions.byId(subscriptionId).orElse(null);
        if (subscription == null || subscription.state() != SubscriptionState.PAUSED) return;
        var pause = subscription.pause();
        if (pause.until() == null || calendar.today().isBefore(pause.until())) return;
        resume(subscription);
    }

    @Override
    public void endCommitment(UUID subscriptionId) {
        Subscription subscription = subscriptions.byId(subscriptionId).orElse(null);
        if (subscription == null) return;
        LocalDate today = calendar.today();
        Subscription ended = subscription.endIfCommitmentOver(today);
        if (ended == subscription) return;
        scheduler.cancelAll(SubscriptionJobs.RENTAL_FEE, subscriptionId.toString());
        save(ended, callOff(deliveries.aheadOf(subscriptionId, today)), today);
    }

    @Override
    public Subscription subscription(String userId, UUID subscriptionId) {
        return own(userId, subscriptionId);
    }

    @Override
    public Page<Subscription> subscriptions(String userId, PageRequest page) {
        return subscriptions.ofUser(userId, page);
    }

    /** Saves the subscription and the deliveries it changed, then writes down the cycles that are now missing. */
    private Subscription save(Subscription subscription, List<Delivery> changedDeliveries, LocalDate today) {
        return save(subscription, changedDeliveries, today, java.util.Set.of());
    }

    /** As above; the newly written deliveries on {@code skippedDays} are written skipped by the subscriber. */
    private Subscription save(Subscription subscription, List<Delivery> changedDeliveries, LocalDate today,
                              java.util.Set<LocalDate> skippedDays) {
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
                skippedDays);
        deliveries.add(planned);
        scheduleNextDispatch(open, planned);
        List<Delivery> written = new ArrayList<>(open);
        written.addAll(planned);
        billSoonIfDue(subscription, written).ifPresent(run -> scheduler.schedule(List.of(run)));
        return subscription;
    }

    /**
     * A delivery whose billing time has already come (a start tomorrow, a reschedule, a resume) is billed
     * by a run due now rather than waiting for the next daily run.
     */
    private java.util.Optional<JobRequest> billSoonIfDue(Subscription subscription, List<Delivery> written) {
        java.time.Instant now = calendar.now();
        boolean due = written.stream().anyMatch(d -> d.isScheduled() && billing.isDue(d.date(), now));
        return due ? java.util.Optional.of(SubscriptionJobs.billingRunNow(subscription.id(), now)) : java.util.Optional.empty();
    }

    /**
     * The next scheduled delivery has a live dispatch job (scheduling one that exists does nothing); when it
     * is dispatched, skipped or cancelled, the one after it gets its job here. A skipped or cancelled
     * delivery's job is cancelled (in save); a dispatched delivery's job is the one running. One job per
     * subscription at a time instead of one per written-down delivery keeps subscribing cheap.
     */
    private void scheduleNextDispatch(List<Delivery> open, List<Delivery> planned) {
        List<Delivery> candidates = new ArrayList<>(open);
        candidates.addAll(planned);
        nextToDispatch(candidates).ifPresent(next -> scheduler.schedule(List.of(jobs.dispatch(next))));
    }

    private static java.util.Optional<Delivery> nextToDispatch(List<Delivery> candidates) {
        return candidates.stream().filter(d -> d.state().isAhead() && d.state() != DeliveryState.SKIPPED)
                .min(java.util.Comparator.comparing(Delivery::date).thenComparingInt(Delivery::cycleNumber));
    }

    private Subscription own(String userId, UUID subscriptionId) {
        return subscriptions.byId(subscriptionId).filter(s -> s.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
    }

    private Delivery upcoming(UUID subscriptionId, UUID deliveryId, LocalDate today) {
        Delivery delivery = deliveries.byId(deliveryId).filter(d -> d.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId));
        if (delivery.state() != DeliveryState.SCHEDULED || delivery.date().isBefore(today)) {
            throw new StateConflictException("delivery", delivery.state() == DeliveryState.SCHEDULED ? "in the past" : delivery.state().name(), "change");
        }
        return delivery;
    }

    private Plan plan(UUID planId) {
        return plans.byId(planId).orElseThrow(() -> new IllegalStateException("plan " + planId + " of a subscription is gone"));
    }

    private static void requireWithinAYear(LocalDate date, LocalDate today, String field) {
        if (date.isBefore(today)) throw InvalidInputException.of(field, "must not be before today (" + today + ")");
        if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) throw InvalidInputException.of(field, "must be within a year from today");
    }
}

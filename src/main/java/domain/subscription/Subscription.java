package domain.subscription;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.delivery.PauseWindow;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionState.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's subscription to a shop's plan. The schedule is anchored at {@code scheduleAnchor}
 * (cycle {@code anchorCycle}); a plan change re-anchors it at the next open cycle. Each change returns a
 * new value, in the state {@link SubscriptionState#TRANSITIONS} gives; {@code version} is the version it was read
 * at, for optimistic locking.
 */
public record Subscription(UUID id, String userId, ShopId shopId, UUID planId, PlanKind kind, int quantity,
                           DeliveryAddress address, LocalDate startDate, SubscriptionState state,
                           LocalDate scheduleAnchor, int anchorCycle, PauseWindow pause,
                           LocalDate commitmentEndsOn, Cancellation cancellation, Instant createdAt, long version) {

    public static final int MAX_QUANTITY = 99;

    public static Subscription start(String userId, ShopId shopId, UUID planId, PlanKind kind, int quantity,
                                     DeliveryAddress address, LocalDate startDate, LocalDate commitmentEndsOn, Instant now) {
        return new Subscription(UUID.randomUUID(), userId, shopId, planId, kind, quantity, address, startDate,
                SubscriptionState.ACTIVE, startDate, 0, null, commitmentEndsOn, null, now, 0);
    }

    public boolean isRental() {
        return kind == PlanKind.RENTAL;
    }

    public void require(Action action) {
        state.require(action);
    }

    public Subscription pause(LocalDate today, LocalDate until) {
        return with(state.next(Action.PAUSE), new PauseWindow(today, until), cancellation);
    }

    /** Stopped for want of payment, like an open-ended pause that only the subscriber ends. */
    public Subscription suspend(LocalDate today) {
        return with(state.next(Action.SUSPEND), new PauseWindow(today, null), cancellation);
    }

    public Subscription resume() {
        return with(state.next(Action.RESUME), null, cancellation);
    }

    public Subscription cancel(Cancellation how) {
        return with(state.next(Action.CANCEL), null, how);
    }

    public Subscription changeQuantity(int newQuantity) {
        return new Subscription(id, userId, shopId, planId, kind, newQuantity, address, startDate, state.next(Action.CHANGE),
                scheduleAnchor, anchorCycle, pause, commitmentEndsOn, cancellation, createdAt, version);
    }

    /** Deliveries not handed to the shop yet go to the new address. */
    public Subscription moveTo(DeliveryAddress newAddress) {
        return new Subscription(id, userId, shopId, planId, kind, quantity, newAddress, startDate, state.next(Action.MOVE),
                scheduleAnchor, anchorCycle, pause, commitmentEndsOn, cancellation, createdAt, version);
    }

    /** The new plan's schedule starts at {@code anchor}, which becomes cycle {@code cycle}. */
    public Subscription changePlan(UUID newPlanId, LocalDate anchor, int cycle) {
        return new Subscription(id, userId, shopId, newPlanId, kind, quantity, address, startDate, state.next(Action.CHANGE),
                anchor, cycle, pause, commitmentEndsOn, cancellation, createdAt, version);
    }

    /** A rental renewed for another commitment period. */
    public Subscription renew(int commitmentMonths) {
        SubscriptionState renewed = state.next(Action.RENEW);
        if (!isRental()) throw new StateConflictException("subscription", "a regular delivery", "renew");
        return new Subscription(id, userId, shopId, planId, kind, quantity, address, startDate, renewed,
                scheduleAnchor, anchorCycle, pause, commitmentEndsOn.plusMonths(commitmentMonths), cancellation,
                createdAt, version);
    }

    /** A rental whose commitment is over ends unless it was renewed. */
    public Subscription endIfCommitmentOver(LocalDate today) {
        if (!isRental() || !state.allows(Action.END) || today.isBefore(commitmentEndsOn)) return this;
        return with(state.next(Action.END), null, cancellation);
    }

    /** Between the start and the end of the commitment; cancelling before the start costs nothing. */
    public boolean isInsideCommitment(LocalDate day) {
        return isRental() && !day.isBefore(startDate) && day.isBefore(commitmentEndsOn);
    }

    private Subscription with(SubscriptionState newState, PauseWindow newPause, Cancellation newCancellation) {
        return new Subscription(id, userId, shopId, planId, kind, quantity, address, startDate, newState,
                scheduleAnchor, anchorCycle, newPause, commitmentEndsOn, newCancellation, createdAt, version);
    }
}

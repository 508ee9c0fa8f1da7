package domain.subscription;

import static domain.subscription.SubscriptionState.ACTIVE;
import static domain.subscription.SubscriptionState.CANCELLED;
import static domain.subscription.SubscriptionState.ENDED;
import static domain.subscription.SubscriptionState.PAUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.delivery.PauseWindow;
import domain.shared.Money;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionState.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SubscriptionTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 15);
    private static final Instant NOW = Instant.parse("2025-04-15T01:00:00Z");
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");
    private static final Cancellation CANCELLATION = new Cancellation(CancellationMode.IMMEDIATE, NOW, TODAY, null, CancellationReason.SUBSCRIBER);

    /** Which actions each state allows, written out independently of SubscriptionState. */
    private static final Map<SubscriptionState, Set<Action>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(Action.PAUSE, Action.SKIP, Action.UNSKIP, Action.RESCHEDULE, Action.CHANGE, Action.MOVE, Action.CANCEL,
                    Action.RENEW, Action.END, Action.SUSPEND),
            PAUSED, EnumSet.of(Action.RESUME, Action.CHANGE, Action.MOVE, Action.CANCEL),
            SubscriptionState.SUSPENDED, EnumSet.of(Action.RESUME, Action.MOVE, Action.CANCEL, Action.END),
            CANCELLED, EnumSet.noneOf(Action.class),
            ENDED, EnumSet.noneOf(Action.class));

    private static Subscription regular() {
        return Subscription.start("user-1", ShopId.random(), UUID.randomUUID(), PlanKind.REGULAR_DELIVERY, 2, ADDRESS,
                START, null, NOW);
    }

    private static Subscription rental(LocalDate commitmentEndsOn) {
        return Subscription.start("user-1", ShopId.random(), UUID.randomUUID(), PlanKind.RENTAL, 1, ADDRESS,
                START, commitmentEndsOn, NOW);
    }

    /** A subscription in the given state, as it would come back from storage. */
    private static Subscription in(SubscriptionState state, Subscription s) {
        PauseWindow pause = state == PAUSED ? new PauseWindow(TODAY.minusDays(3), null) : null;
        Cancellation cancellation = state == CANCELLED ? CANCELLATION : null;
        return new Subscription(s.id(), s.userId(), s.shopId(), s.planId(), s.kind(), s.quantity(), s.address(),
                s.startDate(), state, s.scheduleAnchor(), s.anchorCycle(), pause, s.commitmentEndsOn(), cancellation,
                s.createdAt(), 5);
    }

    private static Subscription rentalIn(SubscriptionState state) {
        return in(state, rental(START.plusMonths(12)));
    }

    /** The domain method behind each action that has one; SKIP and RESCHEDULE are only checked with require(). */
    private static final Map<Action, Function<Subscription, Subscription>> METHODS = Map.of(
            Action.PAUSE, s -> s.pause(TODAY, TODAY.plusDays(10)),
            Action.RESUME, Subscription::resume,
            Action.CANCEL, s -> s.cancel(CANCELLATION),
            Action.CHANGE, s -> s.changeQuantity(3),
            Action.RENEW, s -> s.renew(12),
            Action.SUSPEND, s -> s.suspend(TODAY),
            Action.MOVE, s -> s.moveTo(new DeliveryAddress("Lee", "010-9876-5432", "Busan 2", null, "48058")),
            Action.UNSKIP, s -> {
                s.require(Action.UNSKIP);
                return s;
            },
            Action.SKIP, s -> {
                s.require(Action.SKIP);
                return s;
            },
            Action.RESCHEDULE, s -> {
                s.require(Action.RESCHEDULE);
                return s;
            });

    private static void assertConflict(ThrowingCallable call, SubscriptionState state, String action) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(state.name());
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessage("cannot " + action + " a subscription that is " + state.name());
    }

    // ---------------------------------------------------------------- the state machine

    @Test
    void allowsMatchesTheTable() {
        for (SubscriptionState state : SubscriptionState.values()) {
            for (Action action : Action.values()) {
                assertThat(state.allows(action)).as("%s allows %s", state, action).isEqualTo(ALLOWED.get(state).contains(action));
            }
        }
    }

    @Test
    void requireNamesTheStateAndTheAction() {
        assertConflict(() -> ACTIVE.require(Action.RESUME), ACTIVE, "resume");
        assertConflict(() -> PAUSED.require(Action.SKIP), PAUSED, "skip");
        assertConflict(() -> CANCELLED.require(Action.PAUSE), CANCELLED, "pause");
        assertConflict(() -> ENDED.require(Action.CANCEL), ENDED, "cancel");
    }

    @ParameterizedTest
    @EnumSource(SubscriptionState.class)
    void everyMethodThrowsExactlyWhenItsActionIsNotAllowed(SubscriptionState state) {
        for (var method : METHODS.entrySet()) {
            Action action = method.getKey();
            Subscription subscription = rentalIn(state); // a rental, so that renew has a commitment to extend
            if (ALLOWED.get(state).contains(action)) {
                assertThat(method.getValue().apply(subscription)).as("%s on %s", action, state).isNotNull();
            } else {
                assertConflict(() -> method.getValue().apply(subscription), state, action.name().toLowerCase());
            }
        }
    }

    // ---------------------------------------------------------------- disallowed transitions, by example

    @Test
    void resumingAnActiveSubscriptionConflicts() {
        assertConflict(() -> regular().resume(), ACTIVE, "resume");
    }

    @Test
    void pausingAPausedOrCancelledSubscriptionConflicts() {
        assertConflict(() -> in(PAUSED, regular()).pause(TODAY, null), PAUSED, "pause");
        assertConflict(() -> in(CANCELLED, regular()).pause(TODAY, null), CANCELLED, "pause");
    }

    @Test
    void aCancelledSubscriptionCannotBeCancelledAgainOrResumed() {
        Subscription cancelled = regular().cancel(CANCELLATION);
        assertConflict(() -> cancelled.cancel(CANCELLATION), CANCELLED, "cancel");
        assertConflict(cancelled::resume, CANCELLED, "resume");
        assertConflict(() -> cancelled.changePlan(UUID.randomUUID(), TODAY, 4), CANCELLED, "change");
    }

    @Test
    void nothingCanBeDoneWithAnEndedRental() {
        Subscription ended = rentalIn(ENDED);
        assertConflict(() -> ended.pause(TODAY, null), ENDED, "pause");
        assertConflict(ended::resume, ENDED, "resume");
        assertConflict(() -> ended.cancel(CANCELLATION), ENDED, "cancel");
        assertConflict(() -> ended.changeQuantity(2), ENDED, "change");
        assertConflict(() -> ended.changePlan(UUID.randomUUID(), TODAY, 1), ENDED, "change");
        assertConflict(() -> ended.renew(12), ENDED, "renew");
        assertConflict(() -> ended.require(Action.SKIP), ENDED, "skip");
        assertConflict(() -> ended.require(Action.RESCHEDULE), ENDED, "reschedule");
        assertThat(ended.endIfCommitmentOver(TODAY.plusYears(5))).isSameAs(ended);
    }

    @Test
    void aPausedSubscriptionCanNeitherBeSkippedNorRescheduledNorRenewed() {
        Subscription paused = in(PAUSED, regular());
        assertConflict(() -> paused.require(Action.SKIP), PAUSED, "skip");
        assertConflict(() -> paused.require(Action.RESCHEDULE), PAUSED, "reschedule");
        assertConflict(() -> rentalIn(PAUSED).renew(6), PAUSED, "renew");
    }

    // ---------------------------------------------------------------- allowed transitions

    @Test
    void startsActiveAnchoredAtTheStartDate() {
        Subscription s = regular();
        assertThat(s.state()).isEqualTo(ACTIVE);
        assertThat(s.scheduleAnchor()).isEqualTo(START);
        assertThat(s.anchorCycle()).isZero();
        assertThat(s.pause()).isNull();
        assertThat(s.cancellation()).isNull();
        assertThat(s.version()).isZero();
        assertThat(s.isRental()).isFalse();
    }

    @Test
    void pauseRecordsTheWindowAndResumeClearsIt() {
        Subscription paused = regular().pause(TODAY, TODAY.plusDays(14));
        assertThat(paused.state()).isEqualTo(PAUSED);
        assertThat(paused.pause()).isEqualTo(new PauseWindow(TODAY, TODAY.plusDays(14)));

        Subscription resumed = paused.resume();
        assertThat(resumed.state()).isEqualTo(ACTIVE);
        assertThat(resumed.pause()).isNull();
        assertThat(resumed.id()).isEqualTo(paused.id());
    }

    @Test
    void anOpenEndedPauseHasNoEnd() {
        assertThat(regular().pause(TODAY, null).pause().isOpenEnded()).isTrue();
    }

    @Test
    void pauseUntilTodayOrEarlierIsRejectedByTheWindow() {
        assertThatThrownBy(() -> regular().pause(TODAY, TODAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(names = {"ACTIVE", "PAUSED"})
    void cancelRecordsHowAndClearsThePause(SubscriptionState state) {
        Subscription cancelled = in(state, regular()).cancel(CANCELLATION);
        assertThat(cancelled.state()).isEqualTo(CANCELLED);
        assertThat(cancelled.cancellation()).isEqualTo(CANCELLATION);
        assertThat(cancelled.pause()).isNull();
        assertThat(cancelled.version()).as("the version read is kept for optimistic locking").isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(names = {"ACTIVE", "PAUSED"})
    void changesKeepTheState(SubscriptionState state) {
        Subscription before = in(state, regular());
        Subscription more = before.changeQuantity(9);
        assertThat(more.quantity()).isEqualTo(9);
        assertThat(more.state()).isEqualTo(state);
        assertThat(more.pause()).isEqualTo(before.pause());

        UUID newPlan = UUID.randomUUID();
        Subscription moved = before.changePlan(newPlan, TODAY.plusDays(3), 6);
        assertThat(moved.planId()).isEqualTo(newPlan);
        assertThat(moved.scheduleAnchor()).isEqualTo(TODAY.plusDays(3));
        assertThat(moved.anchorCycle()).isEqualTo(6);
        assertThat(moved.startDate()).isEqualTo(START);
        assertThat(moved.state()).isEqualTo(state);
    }

    // ---------------------------------------------------------------- rentals

    @Test
    void renewExtendsTheCommitmentByTheGivenMonths() {
        Subscription renewed = rental(LocalDate.of(2026, 3, 1)).renew(12);
        assertThat(renewed.commitmentEndsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(renewed.state()).isEqualTo(ACTIVE);
    }

    @Test
    void renewAtTheEndOfAMonthClampsLikeCalendarMonths() {
        assertThat(rental(LocalDate.of(2026, 1, 31)).renew(1).commitmentEndsOn()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aRentalEndsOnTheDayItsCommitmentIsOver() {
        LocalDate commitmentEnds = LocalDate.of(2026, 3, 1);
        Subscription rental = rental(commitmentEnds);

        assertThat(rental.endIfCommitmentOver(commitmentEnds.minusDays(1))).isSameAs(rental);
        Subscription ended = rental.endIfCommitmentOver(commitmentEnds);
        assertThat(ended.state()).isEqualTo(ENDED);
        assertThat(ended.id()).isEqualTo(rental.id());
        assertThat(rental.endIfCommitmentOver(commitmentEnds.plusMonths(2)).state()).isEqualTo(ENDED);
    }

    @Test
    void aRenewedRentalDoesNotEndAtTheOldCommitmentEnd() {
        LocalDate commitmentEnds = LocalDate.of(2026, 3, 1);
        Subscription renewed = rental(commitmentEnds).renew(6);
        assertThat(renewed.endIfCommitmentOver(commitmentEnds).state()).isEqualTo(ACTIVE);
        assertThat(renewed.endIfCommitmentOver(LocalDate.of(2026, 9, 1)).state()).isEqualTo(ENDED);
    }

    @Test
    void onlyActiveRentalsEnd() {
        LocalDate late = START.plusYears(3);
        Subscription regular = regular();
        assertThat(regular.endIfCommitmentOver(late)).isSameAs(regular);
        Subscription cancelled = in(CANCELLED, rental(START.plusMonths(12)));
        assertThat(cancelled.endIfCommitmentOver(late)).isSameAs(cancelled);
    }

    @Test
    void insideCommitmentOnlyForRentalsBeforeTheCommitmentEnds() {
        LocalDate commitmentEnds = LocalDate.of(2026, 3, 1);
        Subscription rental = rental(commitmentEnds);
        assertThat(rental.isRental()).isTrue();
        assertThat(rental.isInsideCommitment(commitmentEnds.minusDays(1))).isTrue();
        assertThat(rental.isInsideCommitment(commitmentEnds)).isFalse();
        assertThat(regular().isInsideCommitment(TODAY)).isFalse();
    }

    @Test
    void beforeItsStartARentalIsNotYetInsideItsCommitment() {
        Subscription rental = rental(START.plusMonths(12));
        assertThat(rental.isInsideCommitment(START.minusDays(1))).isFalse();
        assertThat(rental.isInsideCommitment(START)).isTrue();
    }

    @Test
    void onlyARentalCanBeRenewed() {
        assertThatThrownBy(() -> regular().renew(12)).isInstanceOf(StateConflictException.class)
                .hasMessage("cannot renew a subscription that is a regular delivery");
    }

    @Test
    void cancellingARentalKeepsTheEarlyTerminationFee() {
        Cancellation early = new Cancellation(CancellationMode.IMMEDIATE, NOW, TODAY, Money.won(150_000), CancellationReason.SUBSCRIBER);
        Subscription cancelled = rental(START.plusMonths(12)).cancel(early);
        assertThat(cancelled.cancellation().earlyTerminationFee()).isEqualTo(Money.won(150_000));
    }
}

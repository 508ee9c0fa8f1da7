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
import domain.shared.TransitionGrid;
import domain.subscription.SubscriptionState.Action;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionTest {

    private static final LocalDate START = LocalDate.of(2025, 3, 1);
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 15);
    private static final Instant NOW = Instant.parse("2025-04-15T01:00:00Z");
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");
    private static final Cancellation CANCELLATION = new Cancellation(CancellationMode.IMMEDIATE, NOW, TODAY, null, CancellationReason.SUBSCRIBER);

    /**
     * What each action does in each state, written out by hand: the table in SubscriptionState must say the same,
     * so a change to it has to be made here too.
     */
    private static final TransitionGrid<SubscriptionState, Action> EXPECTED = TransitionGrid.parse(SubscriptionState.class, Action.class, """
                       PAUSE   RESUME  SKIP    UNSKIP  RESCHEDULE  CHANGE  MOVE       CANCEL     RENEW   END    SUSPEND
            ACTIVE     PAUSED  -       ACTIVE  ACTIVE  ACTIVE      ACTIVE  ACTIVE     CANCELLED  ACTIVE  ENDED  SUSPENDED
            PAUSED     -       ACTIVE  -       -       -           PAUSED  PAUSED     CANCELLED  -       -      -
            SUSPENDED  -       ACTIVE  -       -       -           -       SUSPENDED  CANCELLED  -       ENDED  -
            CANCELLED  -       -       -       -       -           -       -          -          -       -      -
            ENDED      -       -       -       -       -           -       -          -          -       -      -
            """);

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

    /** The methods behind each action; skip, unskip and reschedule act on deliveries, so only require() stands for them. */
    private static final Map<Action, List<UnaryOperator<Subscription>>> METHODS = Map.ofEntries(
            Map.entry(Action.PAUSE, List.of(s -> s.pause(TODAY, TODAY.plusDays(10)))),
            Map.entry(Action.RESUME, List.of(Subscription::resume)),
            Map.entry(Action.SKIP, List.of(requiring(Action.SKIP))),
            Map.entry(Action.UNSKIP, List.of(requiring(Action.UNSKIP))),
            Map.entry(Action.RESCHEDULE, List.of(requiring(Action.RESCHEDULE))),
            Map.entry(Action.CHANGE, List.of(s -> s.changeQuantity(3), s -> s.changePlan(UUID.randomUUID(), TODAY, 4))),
            Map.entry(Action.MOVE, List.of(s -> s.moveTo(new DeliveryAddress("Lee", "010-9876-5432", "Busan 2", null, "48058")))),
            Map.entry(Action.CANCEL, List.of(s -> s.cancel(CANCELLATION))),
            Map.entry(Action.RENEW, List.of(s -> s.renew(12))),
            Map.entry(Action.END, List.of(s -> s.endIfCommitmentOver(TODAY))),
            Map.entry(Action.SUSPEND, List.of(s -> s.suspend(TODAY))));

    private static UnaryOperator<Subscription> requiring(Action action) {
        return s -> {
            s.require(action);
            return s;
        };
    }

    private static void assertConflict(ThrowingCallable call, SubscriptionState state, String action) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(state.name());
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessage("cannot " + action + " a subscription that is " + state.name());
    }

    // ---------------------------------------------------------------- the state machine

    static Stream<Arguments> everyStateAndAction() {
        return EXPECTED.pairs();
    }

    /**
     * A rental whose commitment is over, so that renew has a commitment to extend and END is due. END is the daily
     * check, not a request: where the table does not list it, the rental is left as it is instead of refused.
     */
    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void everyActionInEveryStateDoesWhatTheTableSays(SubscriptionState state, Action action) {
        Subscription rental = in(state, rental(TODAY.minusDays(1)));
        if (action == Action.END && EXPECTED.outcomes(state, action).isEmpty()) {
            assertThat(SubscriptionState.TRANSITIONS.outcomes(state, action)).isEmpty();
            assertThat(rental.endIfCommitmentOver(TODAY)).isSameAs(rental);
            return;
        }
        EXPECTED.assertPair(SubscriptionState.TRANSITIONS, state, action, rental, METHODS.get(action), Subscription::state,
                action.name().toLowerCase());
    }

    @Test
    void requireNamesTheStateAndTheAction() {
        assertConflict(() -> ACTIVE.require(Action.RESUME), ACTIVE, "resume");
        assertConflict(() -> PAUSED.require(Action.SKIP), PAUSED, "skip");
        assertConflict(() -> CANCELLED.require(Action.PAUSE), CANCELLED, "pause");
        assertConflict(() -> ENDED.require(Action.CANCEL), ENDED, "cancel");
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

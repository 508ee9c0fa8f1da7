package domain.delivery;

import static domain.delivery.DeliveryState.CANCELLED;
import static domain.delivery.DeliveryState.DELIVERED;
import static domain.delivery.DeliveryState.DISPATCHED;
import static domain.delivery.DeliveryState.PAID;
import static domain.delivery.DeliveryState.PAYMENT_PENDING;
import static domain.delivery.DeliveryState.SCHEDULED;
import static domain.delivery.DeliveryState.SHIPPED;
import static domain.delivery.DeliveryState.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.delivery.DeliveryState.Action;
import domain.shared.StateConflictException;
import domain.shared.TransitionGrid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeliveryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    private static final Instant NOW = Instant.parse("2025-06-10T03:00:00Z");
    private static final Shipment SHIPMENT = new Shipment("CJ", "1234-5678", NOW);
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");

    /**
     * What each action does in each state, written out by hand: the table in DeliveryState must say the same,
     * so a change to it has to be made here too.
     */
    private static final TransitionGrid<DeliveryState, Action> EXPECTED = TransitionGrid.parse(DeliveryState.class, Action.class, """
                             BILL             PAY   SKIP     RESTORE    UNSKIP     RESCHEDULE  CHANGE     MOVE             DISPATCH    SHIP     DELIVER    CANCEL
            SCHEDULED        PAYMENT_PENDING  PAID  SKIPPED  -          -          SCHEDULED   SCHEDULED  SCHEDULED        -           -        -          CANCELLED
            SKIPPED          -                -     -        SCHEDULED  SCHEDULED  -           SKIPPED    SKIPPED          -           -        -          CANCELLED
            PAYMENT_PENDING  -                PAID  SKIPPED  -          -          -           -          PAYMENT_PENDING  -           -        -          CANCELLED
            PAID             -                -     -        -          -          -           -          PAID             DISPATCHED  SHIPPED  -          CANCELLED
            DISPATCHED       -                -     -        -          -          -           -          -                -           SHIPPED  -          CANCELLED
            SHIPPED          -                -     -        -          -          -           -          -                -           -        DELIVERED  -
            DELIVERED        -                -     -        -          -          -           -          -                -           -        -          -
            CANCELLED        -                -     -        -          -          -           -          -                -           -        -          -
            """);

    /** The methods behind each action, and the verb its refusal names. */
    private static final Map<Action, List<UnaryOperator<Delivery>>> METHODS = Map.ofEntries(
            Map.entry(Action.BILL, List.of(Delivery::paymentPending)),
            Map.entry(Action.PAY, List.of(Delivery::paid)),
            Map.entry(Action.SKIP, List.of(d -> d.skip(SkipReason.SUBSCRIBER), d -> d.skip(SkipReason.PAUSED))),
            Map.entry(Action.RESTORE, List.of(Delivery::unskip)),
            Map.entry(Action.UNSKIP, List.of(Delivery::unskipBySubscriber)),
            Map.entry(Action.RESCHEDULE, List.of(d -> d.reschedule(DAY.plusDays(1)))),
            Map.entry(Action.CHANGE, List.of(d -> d.withQuantity(5))),
            Map.entry(Action.MOVE, List.of(d -> d.withAddress(new DeliveryAddress("Lee", "010-9876-5432", "Busan 2", null, "48058")))),
            Map.entry(Action.DISPATCH, List.of(Delivery::dispatch)),
            Map.entry(Action.SHIP, List.of(d -> d.ship(SHIPMENT))),
            Map.entry(Action.DELIVER, List.of(d -> d.markDelivered(NOW))),
            Map.entry(Action.CANCEL, List.of(Delivery::cancel, Delivery::cancelForPause, Delivery::cancelUnpaid)));
    private static final Map<Action, String> VERBS = Map.ofEntries(
            Map.entry(Action.BILL, "bill"), Map.entry(Action.PAY, "pay"), Map.entry(Action.SKIP, "skip"),
            Map.entry(Action.RESTORE, "restore"), Map.entry(Action.UNSKIP, "unskip"), Map.entry(Action.RESCHEDULE, "reschedule"),
            Map.entry(Action.CHANGE, "change"), Map.entry(Action.MOVE, "change the address of"), Map.entry(Action.DISPATCH, "dispatch"),
            Map.entry(Action.SHIP, "ship"), Map.entry(Action.DELIVER, "mark delivered"), Map.entry(Action.CANCEL, "cancel"));

    private static Delivery scheduled() {
        return Delivery.scheduled(UUID.randomUUID(), "user-1", ShopId.random(), UUID.randomUUID(), 3, DAY, 2, ADDRESS);
    }

    /** A delivery in any state, as it would come back from storage. */
    private static Delivery in(DeliveryState state) {
        Delivery d = scheduled();
        return new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(),
                d.originalDate(), d.date(), d.quantity(), d.address(), state,
                state == SKIPPED ? SkipReason.SUBSCRIBER : null,
                state == SHIPPED || state == DELIVERED ? SHIPMENT : null,
                state == DELIVERED ? NOW : null, 4);
    }

    // ---------------------------------------------------------------- the table

    static Stream<Arguments> everyStateAndAction() {
        return EXPECTED.pairs();
    }

    /** A skipped delivery here is the subscriber's own skip, so that they may take it back. */
    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void everyActionInEveryStateDoesWhatTheTableSays(DeliveryState state, Action action) {
        EXPECTED.assertPair(DeliveryState.TRANSITIONS, state, action, in(state), METHODS.get(action), Delivery::state, VERBS.get(action));
    }

    @Test
    void aSkipAPauseMadeIsNotTheSubscribersToTakeBack() {
        Delivery pausedOver = scheduled().skip(SkipReason.PAUSED);
        assertThatThrownBy(pausedOver::unskipBySubscriber).isInstanceOf(StateConflictException.class)
                .hasMessage("cannot unskip a delivery that is SKIPPED by a pause");
        assertThat(pausedOver.unskip().state()).isEqualTo(SCHEDULED);
    }

    /** Both say what the table lets a subscriber's change reach, in words other code reads. */
    @Test
    void openMeansChangeableAndAheadMeansTheAddressCanStillChange() {
        for (DeliveryState state : DeliveryState.values()) {
            assertThat(state.isOpen()).as(state.name()).isEqualTo(DeliveryState.TRANSITIONS.allows(state, Action.CHANGE));
            assertThat(state.isAhead()).as(state.name()).isEqualTo(DeliveryState.TRANSITIONS.allows(state, Action.MOVE));
        }
    }

    @Test
    void aDeliveryIsAheadUntilItGoesToTheShopOrIsCancelled() {
        assertThat(EnumSet.allOf(DeliveryState.class).stream().filter(DeliveryState::isAhead))
                .containsExactlyInAnyOrder(SCHEDULED, SKIPPED, PAYMENT_PENDING, PAID);
    }

    @Test
    void anUnpaidCancellationSaysWhy() {
        Delivery cancelled = scheduled().paymentPending().cancelUnpaid();
        assertThat(cancelled.state()).isEqualTo(CANCELLED);
        assertThat(cancelled.skipReason()).isEqualTo(SkipReason.UNPAID);
    }

    @Test
    void onlyScheduledAndSkippedAreOpen() {
        assertThat(EnumSet.allOf(DeliveryState.class).stream().filter(DeliveryState::isOpen))
                .containsExactlyInAnyOrder(SCHEDULED, SKIPPED);
    }

    // ---------------------------------------------------------------- allowed transitions

    @Test
    void aNewDeliveryIsScheduledOnItsOriginalDate() {
        Delivery d = scheduled();
        assertThat(d.state()).isEqualTo(SCHEDULED);
        assertThat(d.isScheduled()).isTrue();
        assertThat(d.date()).isEqualTo(d.originalDate()).isEqualTo(DAY);
        assertThat(d.skipReason()).isNull();
        assertThat(d.version()).isZero();
    }

    @Test
    void skipRecordsTheReasonAndUnskipClearsIt() {
        Delivery skipped = scheduled().skip(SkipReason.PAUSED);
        assertThat(skipped.state()).isEqualTo(SKIPPED);
        assertThat(skipped.skipReason()).isEqualTo(SkipReason.PAUSED);
        assertThat(skipped.isScheduled()).isFalse();

        Delivery restored = skipped.unskip();
        assertThat(restored.state()).isEqualTo(SCHEDULED);
        assertThat(restored.skipReason()).isNull();
        assertThat(restored.id()).isEqualTo(skipped.id());
    }

    @ParameterizedTest
    @EnumSource(names = {"SCHEDULED", "SKIPPED", "PAYMENT_PENDING", "PAID", "DISPATCHED"})
    void cancelWorksBeforeShipping(DeliveryState state) {
        Delivery before = in(state);
        Delivery cancelled = before.cancel();
        assertThat(cancelled.state()).isEqualTo(CANCELLED);
        assertThat(cancelled.skipReason()).as("the skip reason stays for the record").isEqualTo(before.skipReason());
        assertThat(cancelled.version()).isEqualTo(before.version());
    }

    @ParameterizedTest
    @EnumSource(names = {"PAID", "DISPATCHED"})
    void shipRecordsTheShipment(DeliveryState state) {
        Delivery shipped = in(state).ship(SHIPMENT);
        assertThat(shipped.state()).isEqualTo(SHIPPED);
        assertThat(shipped.shipment()).isEqualTo(SHIPMENT);
        assertThat(shipped.skipReason()).isNull();
        assertThat(shipped.deliveredAt()).isNull();
    }

    @Test
    void markDeliveredAfterShippingKeepsTheShipment() {
        Delivery delivered = scheduled().paid().ship(SHIPMENT).markDelivered(NOW);
        assertThat(delivered.state()).isEqualTo(DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(NOW);
        assertThat(delivered.shipment()).isEqualTo(SHIPMENT);
    }

    @Test
    void rescheduleMovesTheDateButKeepsTheOriginalDate() {
        Delivery moved = scheduled().reschedule(DAY.plusDays(2));
        assertThat(moved.date()).isEqualTo(DAY.plusDays(2));
        assertThat(moved.originalDate()).isEqualTo(DAY);
        assertThat(moved.state()).isEqualTo(SCHEDULED);
    }

    @Test
    void withQuantityChangesOnlyTheQuantity() {
        Delivery before = scheduled();
        Delivery after = before.withQuantity(7);
        assertThat(after.quantity()).isEqualTo(7);
        assertThat(after).usingRecursiveComparison().ignoringFields("quantity").isEqualTo(before);
    }

    @Test
    void aSkippedDeliveryTakesANewQuantityForWhenItComesBack() {
        assertThat(in(SKIPPED).withQuantity(5).quantity()).isEqualTo(5);
        assertThat(in(SCHEDULED).withQuantity(5).quantity()).isEqualTo(5);
    }
}

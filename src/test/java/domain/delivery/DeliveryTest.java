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
import domain.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeliveryTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    private static final Instant NOW = Instant.parse("2025-06-10T03:00:00Z");
    private static final Shipment SHIPMENT = new Shipment("CJ", "1234-5678", NOW);
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");

    /** The whole transition table, written out: any change to DeliveryState.next() must show up here. */
    private static final Map<DeliveryState, Set<DeliveryState>> ALLOWED = Map.of(
            SCHEDULED, EnumSet.of(SKIPPED, CANCELLED, PAID, PAYMENT_PENDING),
            SKIPPED, EnumSet.of(SCHEDULED, CANCELLED),
            PAYMENT_PENDING, EnumSet.of(PAID, SKIPPED, CANCELLED),
            PAID, EnumSet.of(DISPATCHED, SHIPPED, CANCELLED),
            DISPATCHED, EnumSet.of(SHIPPED, CANCELLED),
            SHIPPED, EnumSet.of(DELIVERED),
            DELIVERED, EnumSet.noneOf(DeliveryState.class),
            CANCELLED, EnumSet.noneOf(DeliveryState.class));

    private static Delivery scheduled() {
        return Delivery.scheduled(UUID.randomUUID(), "user-1", ShopId.random(), UUID.randomUUID(), 3, DAY, 2, ADDRESS);
    }

    /** A delivery in any state, built directly (there is no dispatch method yet). */
    private static Delivery in(DeliveryState state) {
        Delivery d = scheduled();
        return new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(),
                d.originalDate(), d.date(), d.quantity(), d.address(), state,
                state == SKIPPED ? SkipReason.SUBSCRIBER : null,
                state == SHIPPED || state == DELIVERED ? SHIPMENT : null,
                state == DELIVERED ? NOW : null, 4);
    }

    private static void assertConflict(ThrowingCallable call, DeliveryState current, String action) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(StateConflictException.class, e -> {
                    assertThat(e.currentState()).isEqualTo(current.name());
                    assertThat(e.action()).isEqualTo(action);
                })
                .hasMessageContaining(current.name());
    }

    // ---------------------------------------------------------------- the table

    @Test
    void canBecomeMatchesTheTransitionTable() {
        assertThat(ALLOWED).containsOnlyKeys(DeliveryState.values());
        for (DeliveryState from : DeliveryState.values()) {
            for (DeliveryState to : DeliveryState.values()) {
                assertThat(from.canBecome(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
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
    void noStateBecomesItself() {
        for (DeliveryState state : DeliveryState.values()) {
            assertThat(state.canBecome(state)).as(state.name()).isFalse();
        }
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

    // ---------------------------------------------------------------- illegal transitions

    @ParameterizedTest
    @EnumSource(names = {"SKIPPED", "DISPATCHED", "SHIPPED", "DELIVERED", "CANCELLED"})
    void onlyAScheduledDeliveryCanBeSkipped(DeliveryState state) {
        assertConflict(() -> in(state).skip(SkipReason.SUBSCRIBER), state, "skip");
    }

    @ParameterizedTest
    @EnumSource(names = {"SCHEDULED", "DISPATCHED", "SHIPPED", "DELIVERED", "CANCELLED"})
    void onlyASkippedDeliveryCanBeRestored(DeliveryState state) {
        assertConflict(() -> in(state).unskip(), state, "restore");
    }

    @ParameterizedTest
    @EnumSource(names = {"SHIPPED", "DELIVERED", "CANCELLED"})
    void aShippedDeliveredOrCancelledDeliveryCannotBeCancelled(DeliveryState state) {
        assertConflict(() -> in(state).cancel(), state, "cancel");
    }

    @ParameterizedTest
    @EnumSource(names = {"SKIPPED", "SHIPPED", "DELIVERED", "CANCELLED"})
    void cannotShipFromTheseStates(DeliveryState state) {
        assertConflict(() -> in(state).ship(SHIPMENT), state, "ship");
    }

    @ParameterizedTest
    @EnumSource(names = {"SCHEDULED", "SKIPPED", "DISPATCHED", "DELIVERED", "CANCELLED"})
    void onlyAShippedDeliveryCanBeMarkedDelivered(DeliveryState state) {
        assertConflict(() -> in(state).markDelivered(NOW), state, "mark delivered");
    }

    @ParameterizedTest
    @EnumSource(names = {"SKIPPED", "DISPATCHED", "SHIPPED", "DELIVERED", "CANCELLED"})
    void onlyAScheduledDeliveryCanBeRescheduled(DeliveryState state) {
        assertConflict(() -> in(state).reschedule(DAY.plusDays(1)), state, "reschedule");
    }

    @ParameterizedTest
    @EnumSource(names = {"PAYMENT_PENDING", "PAID", "DISPATCHED", "SHIPPED", "DELIVERED", "CANCELLED"})
    void onlyADeliveryStillAheadTakesANewQuantity(DeliveryState state) {
        assertConflict(() -> in(state).withQuantity(5), state, "change");
    }

    @Test
    void aSkippedDeliveryTakesANewQuantityForWhenItComesBack() {
        assertThat(in(SKIPPED).withQuantity(5).quantity()).isEqualTo(5);
        assertThat(in(SCHEDULED).withQuantity(5).quantity()).isEqualTo(5);
    }

    @Test
    void everyMethodAgreesWithTheTable() {
        Map<DeliveryState, UnaryOperator<Delivery>> moves = Map.of(
                SKIPPED, d -> d.skip(SkipReason.SUBSCRIBER),
                SCHEDULED, Delivery::unskip,
                CANCELLED, Delivery::cancel,
                SHIPPED, d -> d.ship(SHIPMENT),
                DELIVERED, d -> d.markDelivered(NOW),
                PAID, Delivery::paid,
                PAYMENT_PENDING, Delivery::paymentPending,
                DISPATCHED, Delivery::dispatch);
        for (DeliveryState from : DeliveryState.values()) {
            for (var move : moves.entrySet()) {
                Delivery start = in(from);
                boolean allowed = ALLOWED.get(from).contains(move.getKey());
                if (allowed) {
                    assertThat(move.getValue().apply(start).state()).as("%s -> %s", from, move.getKey()).isEqualTo(move.getKey());
                } else {
                    assertThatThrownBy(() -> move.getValue().apply(start)).as("%s -> %s", from, move.getKey())
                            .isInstanceOf(StateConflictException.class);
                }
            }
        }
    }
}

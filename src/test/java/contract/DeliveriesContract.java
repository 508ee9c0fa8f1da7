package contract;

import static contract.Surroundings.AT;
import static contract.Surroundings.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.PlanKind;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import domain.delivery.Shipment;
import domain.delivery.SkipReason;
import domain.shared.ConcurrentUpdateException;
import domain.subscription.Subscription;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deliveries as subscriptions and billing rely on them: a delivery reads back as it was written; a subscription's cycle
 * has one delivery; an update is kept only at the version it was read at and moves the version on (else a concurrent
 * update, and none of its batch is kept); only open deliveries are removed (one that billing took on meanwhile, or
 * that is gone, is a concurrent update); the deliveries ahead come soonest first.
 */
public abstract class DeliveriesContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();

    protected abstract Deliveries deliveries();

    protected abstract Surroundings surroundings();

    @Test
    void aDeliveryReadsBackAsItWasAdded() {
        inTransaction(() -> {
            Delivery delivery = Stored.delivery(subscription(), 0);
            deliveries().add(List.of(delivery));

            assertThat(deliveries().byId(delivery.id())).contains(delivery);
        });
    }

    @Test
    void whatWasNeverAddedIsNotFound() {
        inTransaction(() -> {
            UUID never = UUID.randomUUID();
            assertThat(deliveries().byId(never)).isEmpty();
            assertThat(deliveries().aheadOf(never, FIRST_DAY)).isEmpty();
            assertThat(deliveries().lastCycleOf(never)).isEqualTo(-1);
            assertThat(deliveries().unpaidInARow(never)).isZero();
        });
    }

    @Test
    void aCycleHasOneDelivery() {
        inTransaction(() -> {
            Subscription subscription = subscription();
            Delivery first = surroundings().delivery(subscription, 0);

            Delivery rival = Stored.delivery(subscription, 0);
            refused(() -> deliveries().add(List.of(rival)));

            assertThat(deliveries().byId(rival.id())).isEmpty();
            assertThat(deliveries().byId(first.id())).contains(first);
        });
    }

    @Test
    void aRefusedBatchAddsNoneOfItsDeliveries() {
        inTransaction(() -> {
            Subscription subscription = subscription();
            surroundings().delivery(subscription, 0);

            Delivery next = Stored.delivery(subscription, 1);
            refused(() -> deliveries().add(List.of(next, Stored.delivery(subscription, 0))));

            assertThat(deliveries().byId(next.id())).isEmpty();
            assertThat(deliveries().lastCycleOf(subscription.id())).isZero();
        });
    }

    @Test
    void aDeliveryIsAddedOnce() {
        inTransaction(() -> {
            Delivery delivery = surroundings().delivery(subscription(), 0);

            refused(() -> deliveries().add(List.of(delivery)));

            assertThat(deliveries().byId(delivery.id())).contains(delivery);
        });
    }

    @Test
    void anUpdateAtTheVersionReadIsKeptAndMovesTheVersionOn() {
        inTransaction(() -> {
            Delivery delivery = surroundings().delivery(subscription(), 0);

            deliveries().update(List.of(delivery.skip(SkipReason.SUBSCRIBER)));
            Delivery skipped = deliveries().byId(delivery.id()).orElseThrow();
            assertThat(skipped).isEqualTo(withVersion(delivery.skip(SkipReason.SUBSCRIBER), 1));

            deliveries().update(List.of(skipped.unskip().reschedule(FIRST_DAY.plusDays(2))));
            assertThat(deliveries().byId(delivery.id())).contains(withVersion(skipped.unskip().reschedule(FIRST_DAY.plusDays(2)), 2));
        });
    }

    @Test
    void aShipmentAndItsArrivalAreKept() {
        inTransaction(() -> {
            Delivery paid = surroundings().add(Stored.in(Stored.delivery(subscription(), 0), DeliveryState.PAID));

            Delivery shipped = paid.ship(new Shipment("CJ Logistics", "6043-1234-5678", AT));
            deliveries().update(List.of(shipped));
            Delivery arrived = withVersion(shipped, 1).markDelivered(AT.plusSeconds(86_400));
            deliveries().update(List.of(arrived));

            assertThat(deliveries().byId(paid.id())).contains(withVersion(arrived, 2));
        });
    }

    @Test
    void anUpdateOfAStaleVersionIsAConcurrentUpdate() {
        inTransaction(() -> {
            Delivery delivery = surroundings().delivery(subscription(), 0);
            deliveries().update(List.of(delivery.skip(SkipReason.SUBSCRIBER)));

            assertThat(refused(() -> deliveries().update(List.of(delivery.cancel())))).isInstanceOf(ConcurrentUpdateException.class);

            assertThat(deliveries().byId(delivery.id())).contains(withVersion(delivery.skip(SkipReason.SUBSCRIBER), 1));
        });
    }

    @Test
    void aRefusedBatchUpdateKeepsNoneOfIt() {
        inTransaction(() -> {
            Subscription subscription = subscription();
            Delivery fresh = surroundings().delivery(subscription, 0);
            Delivery stale = surroundings().delivery(subscription, 1);
            deliveries().update(List.of(stale.skip(SkipReason.SUBSCRIBER)));

            assertThat(refused(() -> deliveries().update(List.of(fresh.skip(SkipReason.SUBSCRIBER), stale.cancel()))))
                    .isInstanceOf(ConcurrentUpdateException.class);

            assertThat(deliveries().byId(fresh.id())).contains(fresh);
        });
    }

    @Test
    void anUpdateOfADeliveryNeverAddedIsRefused() {
        inTransaction(() -> {
            Delivery never = Stored.delivery(subscription(), 0);

            refused(() -> deliveries().update(List.of(never.skip(SkipReason.SUBSCRIBER))));

            assertThat(deliveries().byId(never.id())).isEmpty();
        });
    }

    @Test
    void openDeliveriesAreRemoved() {
        inTransaction(() -> {
            Subscription subscription = subscription();
            Delivery scheduled = surroundings().delivery(subscription, 0);
            Delivery skipped = surroundings().add(Stored.in(Stored.delivery(subscription, 1), DeliveryState.SKIPPED));

            deliveries().remove(List.of(scheduled, skipped));

            assertThat(deliveries().byId(scheduled.id())).isEmpty();
            assertThat(deliveries().byId(skipped.id())).isEmpty();
            assertThat(deliveries().lastCycleOf(subscription.id())).isEqualTo(-1);
        });
    }

    @Test
    void aDeliveryThatIsNoLongerOpenIsNotRemoved() {
        inTransaction(() -> {
            for (DeliveryState state : DeliveryState.values()) {
                if (state.isOpen()) continue;
                Subscription subscription = subscription();
                Delivery open = surroundings().delivery(subscription, 0);
                Delivery taken = surroundings().add(Stored.in(Stored.delivery(subscription, 1), state));

                assertThat(refused(() -> deliveries().remove(List.of(open, taken)))).as(state.name())
                        .isInstanceOf(ConcurrentUpdateException.class);

                assertThat(deliveries().byId(taken.id())).as(state.name()).contains(taken);
                assertThat(deliveries().byId(open.id())).as(state.name()).contains(open);
            }
        });
    }

    @Test
    void aDeliveryAlreadyGoneIsNotRemovedAgain() {
        inTransaction(() -> {
            Delivery delivery = surroundings().delivery(subscription(), 0);
            deliveries().remove(List.of(delivery));

            assertThat(refused(() -> deliveries().remove(List.of(delivery)))).isInstanceOf(ConcurrentUpdateException.class);
        });
    }

    @Test
    void theDeliveriesAheadAreTheOnesNotHandedToTheShopSoonestFirst() {
        inTransaction(() -> {
            Subscription subscription = subscription();
            LocalDate from = FIRST_DAY.plusWeeks(2);
            surroundings().add(on(subscription, 0, DeliveryState.SCHEDULED, from.minusDays(1)));
            Delivery retried = surroundings().add(on(subscription, 1, DeliveryState.PAYMENT_PENDING, from.minusWeeks(1)));
            Delivery skipped = surroundings().add(on(subscription, 2, DeliveryState.SKIPPED, from));
            Delivery scheduled = surroundings().add(on(subscription, 3, DeliveryState.SCHEDULED, from));
            Delivery paid = surroundings().add(on(subscription, 4, DeliveryState.PAID, from.minusDays(1)));
            for (DeliveryState gone : List.of(DeliveryState.DISPATCHED, DeliveryState.SHIPPED, DeliveryState.DELIVERED, DeliveryState.CANCELLED)) {
                surroundings().add(on(subscription, 5 + gone.ordinal(), gone, from.plusWeeks(1)));
            }

            assertThat(deliveries().aheadOf(subscription.id(), from)).containsExactly(retried, paid, skipped, scheduled);
        });
    }

    @Test
    void unpaidInARowCountsTheCyclesCancelledUnpaidSinceTheLastPaidOne() {
        inTransaction(() -> {
            Subscription struggling = subscription();
            surroundings().add(on(struggling, 0, DeliveryState.DELIVERED, FIRST_DAY));
            surroundings().add(on(struggling, 1, DeliveryState.CANCELLED, FIRST_DAY.plusWeeks(1)));
            surroundings().add(on(struggling, 2, DeliveryState.CANCELLED, FIRST_DAY.plusWeeks(2)));
            Delivery skippedThenCancelled = Stored.delivery(struggling, 3).skip(SkipReason.SUBSCRIBER).cancel();
            surroundings().add(skippedThenCancelled);
            surroundings().add(on(struggling, 4, DeliveryState.SCHEDULED, FIRST_DAY.plusWeeks(4)));
            assertThat(deliveries().unpaidInARow(struggling.id())).isEqualTo(2);

            Subscription recovered = subscription();
            surroundings().add(on(recovered, 0, DeliveryState.CANCELLED, FIRST_DAY));
            surroundings().add(on(recovered, 1, DeliveryState.PAID, FIRST_DAY.plusWeeks(1)));
            assertThat(deliveries().unpaidInARow(recovered.id())).isZero();
        });
    }

    @Test
    void theLastCycleIsTheHighestWritten() {
        inTransaction(() -> {
            Subscription subscription = subscription();
            surroundings().delivery(subscription, 0);
            surroundings().delivery(subscription, 3);
            surroundings().delivery(subscription, 1);

            assertThat(deliveries().lastCycleOf(subscription.id())).isEqualTo(3);
        });
    }

    private Subscription subscription() {
        return surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
    }

    /** The subscription's delivery of the cycle in that state, dated that day. */
    private static Delivery on(Subscription subscription, int cycle, DeliveryState state, LocalDate date) {
        return Stored.in(Stored.delivery(subscription, cycle).reschedule(date), state);
    }

    private static Delivery withVersion(Delivery d, long version) {
        return new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(), d.originalDate(),
                d.date(), d.quantity(), d.address(), d.state(), d.skipReason(), d.shipment(), d.deliveredAt(), version);
    }
}

package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;

import domain.billing.BillingOutcome;
import domain.billing.DueCharge;
import domain.billing.DueCharges;
import domain.catalog.PlanKind;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import domain.delivery.SkipReason;
import domain.subscription.Subscription;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What billing reads and writes of deliveries: the scheduled ones dated up to a horizon are due, soonest first, at the
 * plan's price times the quantity; a run moves each of its deliveries to paid or pending (a new version), answers
 * them as it left them, and refuses one that changed since it was read; a pending delivery carries the count of its failed attempts.
 */
public abstract class DueChargesContract extends StoreContract {
    /**
     * Billing reads every subscription's deliveries: the contract's are dated long before any other, so that in a
     * shared database they are the ones due by its horizon.
     */
    private static final LocalDate LONG_AGO = LocalDate.of(1990, 1, 1);

    private final String user = "contract-" + UUID.randomUUID();

    protected abstract DueCharges dueCharges();

    /** The deliveries of the same store. */
    protected abstract Deliveries deliveries();

    protected abstract Surroundings surroundings();

    @Test
    void theScheduledDeliveriesUpToTheHorizonAreDueSoonestFirst() {
        inTransaction(() -> {
            Subscription regular = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
            Subscription rental = surroundings().subscription(user, PlanKind.RENTAL);
            Delivery two = scheduled(regular, 0, LONG_AGO, 2);
            Delivery rented = scheduled(rental, 0, LONG_AGO.plusDays(1), 1);
            Delivery one = scheduled(regular, 1, LONG_AGO.plusDays(2), 1);
            scheduled(regular, 2, LONG_AGO.plusDays(4), 1);
            int cycle = 3;
            for (DeliveryState state : List.of(DeliveryState.SKIPPED, DeliveryState.PAYMENT_PENDING, DeliveryState.PAID)) {
                surroundings().add(Stored.in(Stored.delivery(regular, cycle++).reschedule(LONG_AGO.plusDays(1)), state));
            }

            LocalDate horizon = LONG_AGO.plusDays(3);
            List<DueCharge> due = List.of(charge(two, 19_800, 0), charge(rented, 29_900, 0), charge(one, 9_900, 0));
            assertThat(dueCharges().due(horizon, 10)).containsExactlyElementsOf(due);
            assertThat(dueCharges().lockDue(horizon, 10)).containsExactlyElementsOf(due);
            assertThat(dueCharges().due(horizon, 2)).containsExactlyElementsOf(due.subList(0, 2));
        });
    }

    @Test
    void aRunMovesItsDeliveriesToPaidOrPendingAndTheirVersionOn() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
            Delivery paid = scheduled(subscription, 0, LONG_AGO, 1);
            Delivery pending = scheduled(subscription, 1, LONG_AGO, 1);

            List<Delivery> billed = dueCharges().recordRun(List.of(outcome(pending, BillingOutcome.Result.PAYMENT_PENDING),
                    outcome(paid, BillingOutcome.Result.PAID)));

            assertThat(deliveries().byId(paid.id()).orElseThrow()).extracting(Delivery::state, Delivery::version)
                    .containsExactly(DeliveryState.PAID, 1L);
            assertThat(deliveries().byId(pending.id()).orElseThrow()).extracting(Delivery::state, Delivery::version)
                    .containsExactly(DeliveryState.PAYMENT_PENDING, 1L);
            assertThat(billed).as("the deliveries as the run left them, in its order")
                    .containsExactly(deliveries().byId(pending.id()).orElseThrow(), deliveries().byId(paid.id()).orElseThrow());
            assertThat(dueCharges().due(LONG_AGO, 10)).isEmpty();
        });
    }

    @Test
    void aRunRefusesADeliveryThatChangedSinceItWasRead() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
            Delivery untouched = scheduled(subscription, 0, LONG_AGO, 1);
            Delivery skipped = scheduled(subscription, 1, LONG_AGO, 1);
            deliveries().update(List.of(skipped.skip(SkipReason.SUBSCRIBER)));

            refused(() -> dueCharges().recordRun(List.of(outcome(untouched, BillingOutcome.Result.PAID),
                    outcome(skipped, BillingOutcome.Result.PAID))));

            assertThat(deliveries().byId(untouched.id())).contains(untouched);
            assertThat(deliveries().byId(skipped.id()).orElseThrow().state()).isEqualTo(DeliveryState.SKIPPED);
        });
    }

    @Test
    void aPendingDeliveryCarriesItsFailedAttempts() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
            Delivery delivery = scheduled(subscription, 0, LONG_AGO, 1);
            assertThat(dueCharges().pending(delivery.id())).as("while scheduled").isEmpty();

            dueCharges().recordRun(List.of(outcome(delivery, BillingOutcome.Result.PAYMENT_PENDING)));
            assertThat(dueCharges().pending(delivery.id())).contains(charge(delivery, 9_900, 1));

            dueCharges().recordAttempt(outcome(delivery, BillingOutcome.Result.PAYMENT_PENDING));
            dueCharges().recordAttempt(outcome(delivery, BillingOutcome.Result.PAID));
            assertThat(dueCharges().pending(delivery.id())).contains(charge(delivery, 9_900, 2));
            assertThat(dueCharges().lockPending(delivery.id())).contains(charge(delivery, 9_900, 2));
            assertThat(dueCharges().pending(UUID.randomUUID())).isEmpty();
        });
    }

    private Delivery scheduled(Subscription s, int cycle, LocalDate date, int quantity) {
        return surroundings().add(Delivery.scheduled(s.id(), s.userId(), s.shopId(), s.planId(), cycle, date, quantity, s.address()));
    }

    private static DueCharge charge(Delivery d, long amount, int failed) {
        return new DueCharge(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.date(), amount, failed);
    }

    private static BillingOutcome outcome(Delivery d, BillingOutcome.Result result) {
        return new BillingOutcome(charge(d, 9_900 * d.quantity(), 0), result, result == BillingOutcome.Result.PAID ? null : "insufficient funds",
                null, AT);
    }
}

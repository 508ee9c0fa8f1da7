package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;

import domain.billing.RentalMonth;
import domain.billing.RentalMonths;
import domain.catalog.PlanKind;
import domain.delivery.DeliveryState;
import domain.shared.ConcurrentUpdateException;
import domain.subscription.Subscription;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A rental's settled months as the rental fees rely on them: a month is settled once (a second record fails with a
 * concurrent update, undoing whatever charged it), a paid month that cost something names its payment, and the first
 * month counts as paid once the rental's first delivery was paid.
 */
public abstract class RentalMonthsContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();

    protected abstract RentalMonths rentalMonths();

    protected abstract Surroundings surroundings();

    @Test
    void aSettledMonthIsSettledAndNoOtherIs() {
        inTransaction(() -> {
            UUID rental = rental().id();
            UUID otherRental = rental().id();
            assertThat(rentalMonths().isSettled(rental, 1)).isFalse();

            rentalMonths().settle(unpaid(rental, 1));

            assertThat(rentalMonths().isSettled(rental, 1)).isTrue();
            assertThat(rentalMonths().isSettled(rental, 2)).isFalse();
            assertThat(rentalMonths().isSettled(otherRental, 1)).isFalse();
        });
    }

    @Test
    void aMonthIsSettledOnce() {
        inTransaction(() -> {
            UUID rental = rental().id();
            rentalMonths().settle(unpaid(rental, 1));

            assertThat(refused(() -> rentalMonths().settle(new RentalMonth(rental, 1, 0, RentalMonth.Outcome.PAID, null, AT))))
                    .isInstanceOf(ConcurrentUpdateException.class);

            assertThat(rentalMonths().isSettled(rental, 1)).isTrue();
        });
    }

    @Test
    void aFreeMonthIsPaidWithoutAPayment() {
        inTransaction(() -> {
            UUID rental = rental().id();
            rentalMonths().settle(new RentalMonth(rental, 1, 0, RentalMonth.Outcome.PAID, null, AT));

            assertThat(rentalMonths().isSettled(rental, 1)).isTrue();
        });
    }

    @Test
    void aPaidMonthThatCostSomethingNamesItsPayment() {
        inTransaction(() -> {
            UUID rental = rental().id();

            refused(() -> rentalMonths().settle(new RentalMonth(rental, 1, 29_900, RentalMonth.Outcome.PAID, null, AT)));

            assertThat(rentalMonths().isSettled(rental, 1)).isFalse();
        });
    }

    @Test
    void theFirstMonthIsPaidOnceTheFirstDeliveryWas() {
        inTransaction(() -> {
            for (DeliveryState state : DeliveryState.values()) {
                Subscription rental = rental();
                surroundings().add(Stored.in(Stored.delivery(rental, 0), state));
                boolean paid = EnumSet.of(DeliveryState.PAID, DeliveryState.DISPATCHED, DeliveryState.SHIPPED, DeliveryState.DELIVERED)
                        .contains(state);
                assertThat(rentalMonths().firstMonthPaid(rental.id())).as("first delivery " + state).isEqualTo(paid);
            }
        });
    }

    @Test
    void aLaterDeliveryPaidDoesNotPayTheFirstMonth() {
        inTransaction(() -> {
            Subscription rental = rental();
            assertThat(rentalMonths().firstMonthPaid(rental.id())).as("without deliveries").isFalse();

            surroundings().add(Stored.in(Stored.delivery(rental, 0), DeliveryState.CANCELLED));
            surroundings().add(Stored.in(Stored.delivery(rental, 1), DeliveryState.PAID));

            assertThat(rentalMonths().firstMonthPaid(rental.id())).isFalse();
        });
    }

    private Subscription rental() {
        return surroundings().subscription(user, PlanKind.RENTAL);
    }

    private static RentalMonth unpaid(UUID rental, int month) {
        return new RentalMonth(rental, month, 29_900, RentalMonth.Outcome.UNPAID, null, AT);
    }
}

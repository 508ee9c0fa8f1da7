package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.subscription.Subscription;
import domain.wallet.Commission;
import domain.wallet.Payment;
import domain.wallet.Payments;
import domain.wallet.Refund;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Payments and their refunds as the wallet and billing rely on them: a payment reads back as it was added, a
 * delivery is paid once whatever retries and crashes happen (payments_one_per_delivery), a payment is added once, a
 * refused batch adds none of its payments, and a refund belongs to a payment that exists. A payment keeps the
 * subscription it paid for, with a delivery or without (a rental's month), and its refunds name it too.
 */
public abstract class PaymentsContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();

    protected abstract Payments payments();

    protected abstract Surroundings surroundings();

    @Test
    void aPaymentReadsBackAsItWasAdded() {
        inTransaction(() -> {
            Delivery delivery = surroundings().delivery(user);
            Payment payment = payment(delivery);
            payments().add(payment);

            assertThat(payments().byId(payment.id())).contains(payment);
            assertThat(payments().lock(payment.id())).contains(payment);
            assertThat(payments().ofDelivery(delivery.id())).contains(payment);
        });
    }

    @Test
    void aPaymentForASubscriptionWithoutADeliveryKeepsItsSubscriptionAndSoDoItsRefunds() {
        inTransaction(() -> {
            Subscription rental = surroundings().subscription(user, PlanKind.RENTAL);
            Payment month = Payment.of(user, rental.shopId(), 29_900, new Commission(1_000), rental.id(), null, "rental month", AT);
            payments().add(month);

            assertThat(payments().byId(month.id())).contains(month);
            assertThat(month.subscriptionId()).isEqualTo(rental.id());
            Refund refund = month.refund(29_900, "returned", AT);
            payments().addRefund(refund, month.withRefund(refund));
            assertThat(payments().refundOf(month.id(), refund.id())).contains(refund);
            assertThat(refund.subscriptionId()).isEqualTo(rental.id());
        });
    }

    @Test
    void whatWasNeverAddedIsNotFound() {
        inTransaction(() -> {
            assertThat(payments().byId(UUID.randomUUID())).isEmpty();
            assertThat(payments().lock(UUID.randomUUID())).isEmpty();
            assertThat(payments().ofDelivery(surroundings().delivery(user).id())).isEmpty();
            assertThat(payments().refundOf(UUID.randomUUID(), UUID.randomUUID())).isEmpty();
        });
    }

    @Test
    void aDeliveryIsPaidOnce() {
        inTransaction(() -> {
            Delivery delivery = surroundings().delivery(user);
            Payment first = payment(delivery);
            payments().add(first);

            Payment second = payment(delivery);
            refused(() -> payments().add(second));

            assertThat(payments().ofDelivery(delivery.id())).contains(first);
            assertThat(payments().byId(second.id())).isEmpty();
        });
    }

    @Test
    void aRefusedBatchAddsNoneOfItsPayments() {
        inTransaction(() -> {
            Delivery paid = surroundings().delivery(user);
            Delivery unpaid = surroundings().delivery(user);
            payments().add(payment(paid));

            Payment fine = payment(unpaid);
            refused(() -> payments().add(List.of(fine, payment(paid))));

            assertThat(payments().byId(fine.id())).isEmpty();
            assertThat(payments().ofDelivery(unpaid.id())).isEmpty();
        });
    }

    @Test
    void paymentsOfNoDeliveryAreNotLimited() {
        inTransaction(() -> {
            ShopId shop = surroundings().shop();
            Payment one = payment(shop);
            Payment another = payment(shop);
            payments().add(List.of(one, another));

            assertThat(payments().byId(one.id())).contains(one);
            assertThat(payments().byId(another.id())).contains(another);
        });
    }

    @Test
    void aPaymentIsAddedOnce() {
        inTransaction(() -> {
            Payment payment = payment(surroundings().shop());
            payments().add(payment);

            refused(() -> payments().add(payment));

            assertThat(payments().byId(payment.id())).contains(payment);
        });
    }

    @Test
    void aRefundIsKeptWithItsPaymentWhichCountsItAsRefunded() {
        inTransaction(() -> {
            Payment payment = payment(surroundings().shop());
            payments().add(payment);

            Refund refund = payment.refund(4_000, "arrived broken", AT);
            payments().addRefund(refund, payment.withRefund(refund));

            assertThat(payments().refundOf(payment.id(), refund.id())).contains(refund);
            assertThat(payments().byId(payment.id()).orElseThrow().refunded()).isEqualTo(4_000);
            assertThat(payments().refundOf(UUID.randomUUID(), refund.id())).as("a refund of another payment").isEmpty();
        });
    }

    @Test
    void aRefundOfAPaymentNeverAddedIsRefused() {
        inTransaction(() -> {
            Payment never = payment(surroundings().shop());
            Refund refund = never.refund(4_000, "arrived broken", AT);

            refused(() -> payments().addRefund(refund, never.withRefund(refund)));

            assertThat(payments().byId(never.id())).isEmpty();
            assertThat(payments().refundOf(never.id(), refund.id())).isEmpty();
        });
    }

    /** A payment the subscriber made directly: it names no subscription. */
    private Payment payment(ShopId shop) {
        return Payment.of(user, shop, 9_900, new Commission(1_000), null, null, "contract", AT);
    }

    private Payment payment(Delivery delivery) {
        return Payment.of(user, delivery.shopId(), 9_900, new Commission(1_000), delivery.subscriptionId(), delivery.id(), "contract", AT);
    }
}

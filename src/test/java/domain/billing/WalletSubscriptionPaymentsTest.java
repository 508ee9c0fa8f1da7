package domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.subscription.Subscription;
import domain.wallet.Charge;
import domain.wallet.InsufficientFundsException;
import domain.wallet.Payment;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WalletSubscriptionPaymentsTest {
    private final BillingWorld world = new BillingWorld();
    private final WalletSubscriptionPayments walletPayments = new WalletSubscriptionPayments(world.paymentService, world.payments);
    private final ShopId shop = world.shop(1_000);
    private final Subscription rental = Subscription.start("kim", shop, UUID.randomUUID(), PlanKind.RENTAL, 1,
            new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524"), LocalDate.of(2026, 3, 10),
            LocalDate.of(2027, 3, 10), BillingWorld.START);

    @Test
    void theEarlyTerminationFeeIsPaidFromTheWallet() {
        world.deposit("kim", 250_000);

        walletPayments.chargeEarlyTermination(rental, 200_000);

        assertThat(world.balance("kim")).isEqualTo(50_000);
        assertThat(world.payments.all()).singleElement().satisfies(p -> {
            assertThat(p.amount()).isEqualTo(200_000);
            assertThat(p.shopId()).isEqualTo(shop);
            assertThat(p.reference()).isEqualTo("early termination of subscription " + rental.id());
            assertThat(p.subscriptionId()).isEqualTo(rental.id());
        });
    }

    @Test
    void withoutTheFeeInTheWalletCancellingIsRefused() {
        world.deposit("kim", 199_999);

        assertThatThrownBy(() -> walletPayments.chargeEarlyTermination(rental, 200_000))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("199999 KRW, less than the 200000 KRW")
                .hasMessageContaining("top up and try again");
        assertThat(world.balance("kim")).isEqualTo(199_999);
        assertThat(world.payments.all()).isEmpty();
    }

    @Test
    void aCancelledDeliveryIsRefundedWhatIsLeftOfItsPayment() {
        world.deposit("kim", 20_000);
        UUID delivery = UUID.randomUUID();
        Payment payment = ((Charge.Paid) world.paymentService.charge("kim", shop, 12_000, UUID.randomUUID(), delivery, "delivery")).payment();
        world.paymentService.refund(payment, 2_000, "one bottle broken");

        walletPayments.refundDelivery(delivery);

        assertThat(world.balance("kim")).isEqualTo(20_000);
        assertThat(world.payments.byId(payment.id()).orElseThrow().refundable()).isZero();
    }

    @Test
    void aDeliveryRefundedInFullGetsNothingMore() {
        world.deposit("kim", 20_000);
        UUID delivery = UUID.randomUUID();
        Payment payment = ((Charge.Paid) world.paymentService.charge("kim", shop, 12_000, UUID.randomUUID(), delivery, "delivery")).payment();
        world.paymentService.refund(payment, 12_000, "out of stock");
        int entries = world.wallets.entries.size();

        walletPayments.refundDelivery(delivery);

        assertThat(world.balance("kim")).isEqualTo(20_000);
        assertThat(world.wallets.entries).hasSize(entries);
    }

    @Test
    void aPaidDeliveryWithoutAPaymentIsAnError() {
        assertThatThrownBy(() -> walletPayments.refundDelivery(UUID.randomUUID())).isInstanceOf(IllegalStateException.class);
    }
}

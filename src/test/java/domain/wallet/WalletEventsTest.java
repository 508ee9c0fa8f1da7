package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What the wallet tells: each top-up once it is settled, every payment and refund; the subject is the wallet's owner. */
class WalletEventsTest {
    private final WalletWorld world = new WalletWorld();
    private final ShopId shop = world.shop(1_000);

    /** What was told since the last look, as "type owner status/amount". */
    private List<String> told() {
        List<String> lines = world.events.all().stream().map(WalletEventsTest::line).toList();
        world.events.clear();
        return lines;
    }

    private static String line(DomainEvent event) {
        assertThat(event.context()).isEqualTo(EventContext.WALLET);
        Object resource = event.resource();
        String what = resource instanceof TopUp t ? t.status() + (t.automatic() ? " automatic" : "") + " " + t.amount()
                : resource instanceof Payment p ? String.valueOf(p.amount()) : String.valueOf(((Refund) resource).amount());
        return event.type() + " " + event.subject() + " " + what;
    }

    @Test
    void aTopUpIsToldOnceItIsSettled() {
        UUID approved = world.card("amy", FakeGateway.APPROVE);
        UUID declined = world.card("amy", FakeGateway.INSUFFICIENT_FUNDS);
        UUID silent = world.card("amy", FakeGateway.SILENT);

        world.topUps.topUp("amy", approved, 30_000, "key-1");
        world.topUps.topUp("amy", approved, 30_000, "key-1");
        world.topUps.topUp("amy", declined, 1_000, null);
        assertThat(told()).as("a retry under its key tells nothing more").containsExactly("topup.succeeded amy SUCCEEDED 30000",
                "topup.declined amy DECLINED 1000");

        TopUp pending = world.topUps.topUp("amy", silent, 5_000, null);
        assertThat(told()).as("while the gateway has not answered").isEmpty();

        world.gateway.received.put("top-up:" + pending.id() + ":authorize", PaymentGateway.GatewayResult.declined("do_not_honor"));
        world.topUps.handle(world.jobs.liveByDedupKey("top_up.settle:" + pending.id()).orElseThrow());
        assertThat(told()).containsExactly("topup.declined amy DECLINED 5000");
    }

    @Test
    void anAutoTopUpIsToldAsSuchAndADeclinedOneAsDeclined() {
        world.card("amy", FakeGateway.APPROVE);
        world.wallets.setAutoTopUp("amy", 10_000L);
        world.card("bob", FakeGateway.INSUFFICIENT_FUNDS);
        world.wallets.setAutoTopUp("bob", 10_000L);

        world.topUps.topUpFor("amy", 5_000);
        world.topUps.topUpFor("bob", 5_000);

        assertThat(told()).containsExactly("topup.auto_made amy SUCCEEDED automatic 10000",
                "topup.declined bob DECLINED automatic 10000");
    }

    @Test
    void everyPaymentAndRefundIsToldAndARefusedPaymentIsNot() {
        world.store.walletBalances.put("amy", 50_000L);

        Payment paid = world.payments.pay("amy", shop, 10_000, null);
        world.payments.charge("amy", shop, 5_000, UUID.randomUUID(), UUID.randomUUID(), "delivery");
        Refund refund = world.payments.refund(shop, paid.id(), 4_000, "two bottles broken");
        assertThatThrownBy(() -> world.payments.pay("amy", shop, 100_000, null)).isInstanceOf(InsufficientFundsException.class);

        List<DomainEvent> recorded = world.events.all();
        assertThat(told()).containsExactly("payment.succeeded amy 10000", "payment.succeeded amy 5000", "refund.created amy 4000");
        assertThat(recorded.get(0).resource()).isEqualTo(paid);
        assertThat(recorded.get(2).resource()).isEqualTo(refund);
    }

    @Test
    void aPaymentForASubscriptionNamesItAndSoDoItsRefundsButOneMadeDirectlyNamesNone() {
        world.store.walletBalances.put("amy", 50_000L);
        UUID subscription = UUID.randomUUID();

        Payment direct = world.payments.pay("amy", shop, 10_000, null);
        Payment forDelivery = ((Charge.Paid) world.payments.charge("amy", shop, 5_000, subscription, UUID.randomUUID(), "delivery"))
                .payment();
        Refund refund = world.payments.refund(shop, forDelivery.id(), 1_000, "one bottle broken");

        assertThat(direct.subscriptionId()).isNull();
        assertThat(world.payments.refund(shop, direct.id(), 1_000, "late").subscriptionId()).isNull();
        assertThat(forDelivery.subscriptionId()).isEqualTo(subscription);
        assertThat(refund.subscriptionId()).isEqualTo(subscription);
        assertThat(world.paymentStore.byId(forDelivery.id()).orElseThrow().subscriptionId()).isEqualTo(subscription);
    }
}

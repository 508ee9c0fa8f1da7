package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Wallet reads and settings, settlement statements, and the edges of charging, refunding and topping up. */
class WalletServiceTest {
    private final WalletWorld world = new WalletWorld();
    private final List<String> periods = new ArrayList<>();
    private final WalletService wallets = new WalletService(world.store, world.store, world.store,
            (shop, from, to, start, end) -> {
                periods.add(from + ".." + to + " = [" + start + ", " + end + ")");
                return SettlementStatement.of(shop, from, to, 2, 2, 20_000, 1, 5_000, 2_000, 500);
            });
    private final ShopId shop = world.shop(1_000);

    private static void assertInvalid(ThrowingCallable call, String field, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(new InvalidInputException.FieldError(field, reason)));
    }

    // ---------------------------------------------------------------- statements

    @Test
    void aStatementCoversWholeSeoulDaysFromTheFirstToTheLast() {
        SettlementStatement statement = wallets.statement(shop, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31));

        assertThat(periods).containsExactly("2026-03-01..2026-03-31 = [2026-02-28T15:00:00Z, 2026-03-31T15:00:00Z)");
        assertThat(statement.commission()).isEqualTo(1_500);
        assertThat(statement.net()).isEqualTo(20_000 - 5_000 - 1_500);
    }

    @Test
    void aStatementSpansAtMostAYearAndOneDayAndNeverRunsBackwards() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        wallets.statement(shop, from, from);
        wallets.statement(shop, from, from.plusDays(366));
        assertThat(periods).hasSize(2);

        assertInvalid(() -> wallets.statement(shop, from, from.plusDays(367)), "to", "must be within a year of from");
        assertInvalid(() -> wallets.statement(shop, from, from.minusDays(1)), "to", "must not be before from");
    }

    @Test
    void aStatementIsForDatesBetween2000And2999() {
        wallets.statement(shop, LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2));
        wallets.statement(shop, LocalDate.of(2999, 12, 1), LocalDate.of(2999, 12, 31));
        assertThat(periods).hasSize(2);

        assertInvalid(() -> wallets.statement(shop, LocalDate.of(1999, 12, 31), LocalDate.of(2000, 1, 2)), "from",
                "must be a date between 2000 and 2999");
        assertInvalid(() -> wallets.statement(shop, LocalDate.of(2999, 12, 31), LocalDate.of(3000, 1, 1)), "to",
                "must be a date between 2000 and 2999");
        assertThatThrownBy(() -> wallets.statement(shop, LocalDate.of(3000, 1, 1), LocalDate.of(3000, 1, 2)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("from", "to"));
        assertThatThrownBy(() -> wallets.statement(shop, null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("from", "to"));
        assertThat(periods).hasSize(2);
    }

    // ---------------------------------------------------------------- reads and settings

    @Test
    void aWalletNeverUsedIsEmptyAndItsMovementsShowWhatWasPaid() {
        assertThat(wallets.wallet("nobody")).isEqualTo(Wallet.empty("nobody"));

        world.store.walletBalances.put("amy", 50_000L);
        world.payments.pay("amy", shop, 12_000, "coffee");

        assertThat(wallets.wallet("amy").balance()).isEqualTo(38_000);
        assertThat(wallets.movements("amy", new PageRequest(null, 10)).items()).singleElement()
                .satisfies(m -> assertThat(m.amount()).isEqualTo(-12_000));
        assertThat(wallets.payableTo(shop)).isEqualTo(10_800);
    }

    @Test
    void autoTopUpNeedsADefaultFundingSourceAndCanBeTurnedOff() {
        assertThatThrownBy(() -> wallets.setAutoTopUp("amy", 10_000L)).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.currentState()).isEqualTo("WITHOUT_FUNDING_SOURCE"));
        assertThat(world.store.autoTopUps).doesNotContainKey("amy");

        world.card("amy", FakeGateway.APPROVE);
        world.store.walletBalances.put("amy", 700L);
        Wallet on = wallets.setAutoTopUp("amy", 10_000L);
        assertThat(on).isEqualTo(new Wallet("amy", 700, 10_000L));
        assertThat(wallets.wallet("amy").autoTopUp()).isEqualTo(10_000L);

        Wallet off = wallets.setAutoTopUp("amy", null);
        assertThat(off.autoTopUp()).isNull();
        assertThat(wallets.wallet("amy").autoTopUp()).isNull();
        assertThatThrownBy(() -> wallets.setAutoTopUp("amy", 0L)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCommissionIsSetOnlyForAKnownShop() {
        wallets.setCommission(shop, new Commission(250));
        assertThat(world.store.of(shop)).contains(new Commission(250));

        ShopId unknown = ShopId.random();
        assertThatThrownBy(() -> wallets.setCommission(unknown, new Commission(250))).isInstanceOf(NotFoundException.class);
        assertThat(world.store.of(unknown)).isEmpty();
    }

    // ---------------------------------------------------------------- payments and refunds

    @Test
    void aPaymentReferenceIsAtMost200Characters() {
        world.store.walletBalances.put("amy", 50_000L);
        assertThat(world.payments.pay("amy", shop, 1_000, "r".repeat(200)).amount()).isEqualTo(1_000);
        assertThatThrownBy(() -> world.payments.pay("amy", shop, 1_000, "r".repeat(201))).isInstanceOf(InvalidInputException.class);
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(49_000);
    }

    @Test
    void aPaymentIsSeenOnlyByItsPayer() {
        world.store.walletBalances.put("amy", 50_000L);
        Payment payment = world.payments.pay("amy", shop, 1_000, null);

        assertThat(world.payments.paymentOf("amy", payment.id())).isEqualTo(payment);
        assertThatThrownBy(() -> world.payments.paymentOf("bob", payment.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.payments.paymentOf("amy", UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aShopRefundsItsOwnPaymentsOnly() {
        world.store.walletBalances.put("amy", 50_000L);
        Payment payment = world.payments.pay("amy", shop, 10_000, null);
        ShopId other = world.shop(500);

        assertThatThrownBy(() -> world.payments.refund(other, payment.id(), 1_000, "no")).isInstanceOf(NotFoundException.class);
        Refund refund = world.payments.refund(shop, payment.id(), 4_000, "two bottles broken");

        assertThat(refund.amount()).isEqualTo(4_000);
        assertThat(refund.commissionBack()).isEqualTo(400);
        assertThat(refund.paymentId()).isEqualTo(payment.id());
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(44_000);
        assertThat(world.paymentStore.byId(payment.id()).orElseThrow().refundable()).isEqualTo(6_000);
        assertThatThrownBy(() -> world.payments.refund(shop, payment.id(), 1_000, "r".repeat(201)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> world.payments.refund(shop, payment.id(), 0, "none")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDeliveryIsRefundedThroughItsPaymentByItsShop() {
        world.store.walletBalances.put("amy", 50_000L);
        UUID delivery = UUID.randomUUID();
        world.payments.charge("amy", shop, 10_000, UUID.randomUUID(), delivery, "delivery");

        Refund refund = world.payments.refundDelivery(shop, delivery, 10_000, "cancelled");

        assertThat(refund.amount()).isEqualTo(10_000);
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(50_000);
        assertThatThrownBy(() -> world.payments.refundDelivery(world.shop(0), delivery, 1, "x")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.payments.refundDelivery(shop, UUID.randomUUID(), 1, "x")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void chargingAnUnknownShopIsRefusedBeforeTheWalletIsTouched() {
        world.store.walletBalances.put("amy", 50_000L);
        assertThatThrownBy(() -> world.payments.charge("amy", ShopId.random(), 1_000, null, null, "x")).isInstanceOf(NotFoundException.class);
        assertThat(world.store.entries).isEmpty();
    }

    @Test
    void aWalletHoldingExactlyTheAmountPaysWithoutATopUp() {
        world.card("amy", FakeGateway.APPROVE);
        world.store.setAutoTopUp("amy", 10_000L);
        world.store.walletBalances.put("amy", 5_000L);

        assertThat(world.payments.charge("amy", shop, 5_000, null, null, "x")).isInstanceOf(Charge.Paid.class);

        assertThat(world.topUpStore.all()).isEmpty();
        assertThat(world.store.walletBalances.get("amy")).isZero();
    }

    // ---------------------------------------------------------------- auto top-ups

    @Test
    void aWalletThatCoversTheChargeNeedsNoAutoTopUp() {
        world.card("amy", FakeGateway.APPROVE);
        world.store.walletBalances.put("amy", 5_000L);
        world.store.setAutoTopUp("amy", 10_000L);
        assertThat(world.topUps.topUpFor("amy", 5_000)).isNull();
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(5_000);

        world.store.walletBalances.put("amy", 1_000L);
        world.store.setAutoTopUp("amy", null);
        assertThat(world.topUps.topUpFor("amy", 5_000)).as("not opted in: nothing to say").isNull();
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(1_000);
        assertThat(world.topUpStore.all()).isEmpty();
    }

    @Test
    void anAutoTopUpWithoutADefaultSourceSaysSo() {
        world.store.walletBalances.put("amy", 0L);
        world.store.setAutoTopUp("amy", 10_000L);

        assertThat(world.topUps.topUpFor("amy", 5_000)).isEqualTo("no default funding source for auto top-up");
        assertThat(world.store.walletBalances.get("amy")).isZero();
    }

    @Test
    void anAutoTopUpMayFillTheWalletToItsLimitButNotPastIt() {
        world.card("amy", FakeGateway.APPROVE);
        long balance = Wallet.MAX_BALANCE - 5_000;
        world.store.walletBalances.put("amy", balance);
        world.store.setAutoTopUp("amy", 5_000L);

        assertThat(world.topUps.topUpFor("amy", balance + 5_000)).isNull();
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(Wallet.MAX_BALANCE);

        world.store.walletBalances.put("amy", balance);
        assertThat(world.topUps.topUpFor("amy", balance + 5_001)).isEqualTo("auto top-up would pass the wallet limit");
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(balance);
    }

    @Test
    void anAutoTopUpOfTheLargestAmountIsAllowed() {
        world.card("amy", FakeGateway.APPROVE);
        world.store.walletBalances.put("amy", 0L);
        world.store.setAutoTopUp("amy", 60_000_000_000L);

        assertThat(world.topUps.topUpFor("amy", 100_000_000_000L)).isEqualTo("auto top-up would pass the wallet limit");
        world.store.setAutoTopUp("amy", 100_000_000_000L);
        assertThat(world.topUps.topUpFor("amy", 1)).isNull();
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(100_000_000_000L);
    }

    @Test
    void anAutoTopUpTheGatewayHasNotAnsweredBlocksTheNextOne() {
        world.card("amy", FakeGateway.SILENT);
        world.store.walletBalances.put("amy", 0L);
        world.store.setAutoTopUp("amy", 10_000L);

        assertThat(world.topUps.topUpFor("amy", 5_000)).isEqualTo("auto top-up pending: the gateway has not answered");
        assertThat(world.topUps.topUpFor("amy", 5_000)).isEqualTo("an earlier auto top-up is still pending at the gateway");
        assertThat(world.topUpStore.all()).hasSize(1);
        assertThat(world.store.walletBalances.get("amy")).isZero();
    }

    @Test
    void aTopUpMayFillTheWalletToItsLimitButNotPastIt() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        world.store.walletBalances.put("amy", Wallet.MAX_BALANCE - 10);

        assertInvalid(() -> world.topUps.topUp("amy", card, 11, null), "amount.amount",
                "would take the wallet over its limit of " + Wallet.MAX_BALANCE + " KRW");
        assertThat(world.topUps.topUp("amy", card, 10, null).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.store.walletBalances.get("amy")).isEqualTo(Wallet.MAX_BALANCE);
    }

    @Test
    void aTopUpIsSeenOnlyByItsOwner() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        TopUp topUp = world.topUps.topUp("amy", card, 1_000, null);

        assertThat(world.topUps.topUpOf("amy", topUp.id())).isEqualTo(topUp);
        assertThatThrownBy(() -> world.topUps.topUpOf("bob", topUp.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.topUps.topUp("bob", card, 1_000, null)).isInstanceOf(NotFoundException.class);
    }
}

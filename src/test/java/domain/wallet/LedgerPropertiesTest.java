package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.ShopId;
import domain.shared.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Any sequence of top-ups (approved, declined, lost answers), payments (with and without auto top-up),
 * refunds and top-up refunds (approved or declined by the gateway) keeps the ledger whole: each entry balances, each wallet's balance is the sum of its
 * lines and never negative, and the money inside equals the money that came in through the gateway.
 */
class LedgerPropertiesTest {
    private static final List<String> USERS = List.of("amy", "bo", "cy");
    private static final List<String> CARDS = List.of(FakeGateway.APPROVE, FakeGateway.APPROVE, FakeGateway.INSUFFICIENT_FUNDS,
            FakeGateway.TIMEOUT, FakeGateway.SILENT);

    sealed interface Step { }

    record LinkCard(int user, int card) implements Step { }

    record TopUpStep(int user, long amount) implements Step { }

    record Pay(int user, int shop, long amount) implements Step { }

    record RefundStep(int payment, long amount) implements Step { }

    record AutoTopUpStep(int user, long amount) implements Step { }

    record RefundTopUpStep(int user, long amount, boolean gatewayDeclines) implements Step { }

    @Property(tries = 300)
    void theLedgerStaysWhole(@ForAll("steps") @Size(max = 80) List<Step> steps) {
        WalletWorld world = new WalletWorld();
        List<ShopId> shops = List.of(world.shop(0), world.shop(1_000), world.shop(10_000), world.shop(333));
        List<UUID> payments = new ArrayList<>();
        for (Step step : steps) {
            try {
                apply(world, shops, payments, step);
            } catch (DomainException refused) {
                // a refusal (insufficient funds, nothing to refund, no source) is an outcome, not a failure
            }
            assertWhole(world);
        }
    }

    private static void apply(WalletWorld world, List<ShopId> shops, List<UUID> payments, Step step) {
        if (step instanceof LinkCard s) {
            world.card(USERS.get(s.user()), CARDS.get(s.card()));
        } else if (step instanceof TopUpStep s) {
            String user = USERS.get(s.user());
            List<FundingSource> sources = world.store.of(user, new domain.shared.PageRequest(null, domain.shared.PageRequest.MAX_LIMIT)).items();
            if (!sources.isEmpty()) world.topUps.topUp(user, sources.get((int) Math.abs(s.amount() % sources.size())).id(), s.amount(), null);
        } else if (step instanceof Pay s) {
            payments.add(world.payments.pay(USERS.get(s.user()), shops.get(s.shop()), s.amount(), null).id());
        } else if (step instanceof RefundStep s) {
            if (payments.isEmpty()) return;
            Payment payment = world.paymentStore.byId(payments.get(s.payment() % payments.size())).orElseThrow();
            world.payments.refund(payment.shopId(), payment.id(), s.amount(), null);
        } else if (step instanceof RefundTopUpStep s) {
            String user = USERS.get(s.user());
            world.gateway.declineRefunds = s.gatewayDeclines();
            world.topUpStore.all().stream().filter(t -> t.userId().equals(user) && t.status() == TopUpStatus.SUCCEEDED)
                    .findFirst().ifPresent(t -> world.topUpRefunds.refundTopUp(user, t.id(), s.amount(), null));
        } else if (step instanceof AutoTopUpStep s) {
            world.wallets.setAutoTopUp(USERS.get(s.user()), s.amount() == 0 ? null : s.amount());
        }
    }

    private static void assertWhole(WalletWorld world) {
        for (JournalEntry entry : world.store.entries) {
            assertThat(entry.lines().stream().mapToLong(Line::amount).sum()).isZero();
        }
        for (Map.Entry<String, Long> wallet : world.store.walletBalances.entrySet()) {
            assertThat(wallet.getValue()).isNotNegative().isEqualTo(world.store.balanceOf(Account.walletOf(wallet.getKey())));
        }
        long cameIn = world.topUpStore.all().stream().filter(t -> t.status() == TopUpStatus.SUCCEEDED).mapToLong(TopUp::amount).sum()
                - world.refundStore.all().stream().filter(r -> r.status() == TopUpStatus.SUCCEEDED).mapToLong(TopUpRefund::amount).sum();
        assertThat(-world.store.balanceOf(Account.FUNDING_CLEARING)).isEqualTo(cameIn);
        for (TopUp topUp : world.topUpStore.all()) {
            long sentBack = world.refundStore.all().stream()
                    .filter(r -> r.topUpId().equals(topUp.id()) && r.status() != TopUpStatus.DECLINED).mapToLong(TopUpRefund::amount).sum();
            assertThat(topUp.refunded()).isEqualTo(sentBack).isBetween(0L, topUp.amount());
        }
        long kept = world.paymentStore.all().stream()
                .mapToLong(p -> ChargeQuote.of(p.amount(), 1, p.commission(), 0, null).commission()).sum()
                - world.paymentStore.refunds().stream().mapToLong(Refund::commissionBack).sum();
        assertThat(world.store.balanceOf(Account.PLATFORM_REVENUE)).isEqualTo(kept);
        for (Payment payment : world.paymentStore.all()) {
            long refunded = world.paymentStore.refunds().stream().filter(r -> r.paymentId().equals(payment.id())).mapToLong(Refund::amount).sum();
            assertThat(payment.refunded()).isEqualTo(refunded).isBetween(0L, payment.amount());
            // the commission given back is the commission on what was refunded, however the refunds were split
            long commissionBack = world.paymentStore.refunds().stream().filter(r -> r.paymentId().equals(payment.id()))
                    .mapToLong(Refund::commissionBack).sum();
            assertThat(commissionBack).isEqualTo(payment.commission().on(payment.refunded()));
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> user = Arbitraries.integers().between(0, USERS.size() - 1);
        Arbitrary<Long> amount = Arbitraries.oneOf(Arbitraries.longs().between(1, 50_000), Arbitraries.longs().between(-10, 0),
                Arbitraries.of(1L, 99_999_999_999L, 100_000_000_001L));
        Arbitrary<Long> part = Arbitraries.oneOf(Arbitraries.longs().between(1, 3_000), amount);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, Combinators.combine(user, Arbitraries.integers().between(0, CARDS.size() - 1)).as(LinkCard::new)),
                net.jqwik.api.Tuple.of(3, Combinators.combine(user, amount).as(TopUpStep::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(user, Arbitraries.integers().between(0, 3), amount).as(Pay::new)),
                net.jqwik.api.Tuple.of(5, Combinators.combine(Arbitraries.integers().between(0, 1_000), part).as(RefundStep::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(user, Arbitraries.longs().between(0, 20_000)).as(AutoTopUpStep::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(user, part, Arbitraries.of(true, false)).as(RefundTopUpStep::new)));
        return step.list();
    }
}

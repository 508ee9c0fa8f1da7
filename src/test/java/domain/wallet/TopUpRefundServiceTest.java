package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.InvalidInputException;
import domain.shared.StateConflictException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopUpRefundServiceTest {
    private final WalletWorld world = new WalletWorld();

    private TopUp toppedUp(long amount) {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        return world.topUps.topUp("amy", card, amount, null);
    }

    @Test
    void anApprovedRefundLeavesTheWalletAndTheTopUpRemembersIt() {
        TopUp topUp = toppedUp(10_000);
        TopUpRefund refund = world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, null);
        assertThat(refund.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(6_000);
        assertThat(world.topUpStore.find(topUp.id()).orElseThrow().refunded()).isEqualTo(4_000);
        assertThat(world.store.balanceOf(Account.FUNDING_CLEARING)).isEqualTo(-6_000);
        assertThatThrownBy(() -> world.topUpRefunds.refundTopUp("amy", topUp.id(), 6_001, null))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("6000 KRW of this top-up");
    }

    @Test
    void aDeclinedRefundPutsTheMoneyBackWithANewEntry() {
        TopUp topUp = toppedUp(10_000);
        world.gateway.declineRefunds = true;
        TopUpRefund refund = world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, null);
        assertThat(refund.status()).isEqualTo(TopUpStatus.DECLINED);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(10_000);
        assertThat(world.topUpStore.find(topUp.id()).orElseThrow().refunded()).isZero();
        assertThat(world.store.entries).extracting(JournalEntry::kind)
                .containsExactly(EntryKind.TOP_UP, EntryKind.TOP_UP_REFUND, EntryKind.TOP_UP_REFUND_REVERSED);
    }

    /**
     * Other refunds of the top-up wait for its lock while holding database connections the gateway's
     * records need; asking the gateway with the top-up locked stalled them all until lock time-outs.
     */
    @Test
    void theGatewayIsAskedWithoutTheTopUpLockedAndADeclineLocksItToPutTheMoneyBack() {
        TopUp topUp = toppedUp(10_000);
        int before = world.topUpStore.locksTaken();
        int[] locksWhenAsked = new int[1];
        world.gateway.onRefund = () -> locksWhenAsked[0] = world.topUpStore.locksTaken() - before;

        world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, null);
        // One lock: the write-down's, whose transaction committed before the gateway was asked.
        assertThat(locksWhenAsked[0]).isEqualTo(1);
        assertThat(world.topUpStore.locksTaken() - before).isEqualTo(1);

        world.gateway.declineRefunds = true;
        world.topUpRefunds.refundTopUp("amy", topUp.id(), 1_000, null);
        assertThat(locksWhenAsked[0]).isEqualTo(2);
        assertThat(world.topUpStore.locksTaken() - before).isEqualTo(3);
        assertThat(world.topUpStore.find(topUp.id()).orElseThrow().refunded()).isEqualTo(4_000);
    }

    @Test
    void aRefundWrittenDownWhoseSettlingFailsIsReportedPendingNotAsAnError() {
        TopUp topUp = toppedUp(10_000);
        world.gateway.failNextCall = new IllegalStateException("lock timeout");

        assertThatThrownBy(() -> world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, null))
                .isInstanceOfSatisfying(SettlingUnfinishedException.class, unfinished -> {
                    assertThat(unfinished.refund().status()).isEqualTo(TopUpStatus.PENDING);
                    assertThat(unfinished.refund().amount()).isEqualTo(4_000);
                    assertThat(unfinished.getCause()).hasMessage("lock timeout");
                });
        // The write-down stands (its own transaction): the money is out of the wallet, once.
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(6_000);
        assertThat(world.topUpStore.find(topUp.id()).orElseThrow().refunded()).isEqualTo(4_000);
    }

    @Test
    void aFailureAfterTheGatewayRefundedIsSettledOnceByTheJob() {
        TopUp topUp = toppedUp(10_000);
        world.gateway.failNextAnswer = new IllegalStateException("our booking failed");

        TopUpRefund pending = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, "key"), SettlingUnfinishedException.class).refund();
        world.topUpRefunds.handle(world.jobs.liveByDedupKey("top_up_refund.settle:" + pending.id()).orElseThrow());

        assertThat(world.refundStore.lock(pending.id()).orElseThrow().status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.gateway.refunds).isEqualTo(1);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(6_000);
        // A retry under the key finds that refund; another amount under it is refused.
        assertThat(world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, "key").id()).isEqualTo(pending.id());
        assertThatThrownBy(() -> world.topUpRefunds.refundTopUp("amy", topUp.id(), 3_000, "key"))
                .isInstanceOf(domain.shared.RequestKeyReusedException.class);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(6_000);
    }

    @Test
    void moneyAlreadySpentCannotBeRefunded() {
        TopUp topUp = toppedUp(10_000);
        world.payments.pay("amy", world.shop(1_000), 7_000, null);
        assertThatThrownBy(() -> world.topUpRefunds.refundTopUp("amy", topUp.id(), 4_000, null))
                .isInstanceOf(InsufficientFundsException.class);
        assertThat(world.topUpStore.find(topUp.id()).orElseThrow().refunded()).isZero();
    }

    @Test
    void aRetriedRequestKeyRefundsOnce() {
        TopUp topUp = toppedUp(10_000);
        TopUpRefund first = world.topUpRefunds.refundTopUp("amy", topUp.id(), 1_000, "key");
        TopUpRefund again = world.topUpRefunds.refundTopUp("amy", topUp.id(), 1_000, "key");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(world.gateway.refunds).isEqualTo(1);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(9_000);
    }

    @Test
    void onlyASucceededTopUpIsRefunded() {
        UUID card = world.card("amy", FakeGateway.INSUFFICIENT_FUNDS);
        TopUp declined = world.topUps.topUp("amy", card, 1_000, null);
        assertThatThrownBy(() -> world.topUpRefunds.refundTopUp("amy", declined.id(), 1_000, null))
                .isInstanceOf(StateConflictException.class).hasMessage("cannot refund a top-up that is DECLINED");
        assertThat(world.topUpStore.find(declined.id())).contains(declined);
        assertThat(world.refundStore.all()).isEmpty();
        assertThat(world.store.entries).isEmpty();
    }
}

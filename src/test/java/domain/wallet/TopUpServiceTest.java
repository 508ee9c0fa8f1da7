package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import domain.scheduling.Job;
import domain.scheduling.JobState;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopUpServiceTest {
    private final WalletWorld world = new WalletWorld();

    @Test
    void anApprovedTopUpIsBookedAndItsSettleJobCancelled() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        TopUp topUp = world.topUps.topUp("amy", card, 30_000, null);
        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(30_000);
        assertThat(world.store.balanceOf(Account.FUNDING_CLEARING)).isEqualTo(-30_000);
        assertThat(world.jobs.liveByDedupKey("top_up.settle:" + topUp.id())).isEmpty();
    }

    @Test
    void aLostAnswerIsSettledByAskingTheGatewayNotByAskingAgain() {
        UUID card = world.card("amy", FakeGateway.TIMEOUT);
        TopUp topUp = world.topUps.topUp("amy", card, 5_000, null);
        assertThat(topUp.status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.gateway.authorizations).isEqualTo(1);
    }

    @Test
    void aTopUpWrittenDownWhoseSettlingFailsIsReportedPendingAndItsJobBooksIt() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        world.gateway.failNextCall = new IllegalStateException("lock timeout");

        TopUp pending = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> world.topUps.topUp("amy", card, 5_000, null), SettlingUnfinishedException.class).topUp();
        assertThat(pending.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(world.wallets.wallet("amy").balance()).isZero();

        world.topUps.handle(world.jobs.liveByDedupKey("top_up.settle:" + pending.id()).orElseThrow());
        assertThat(world.topUps.topUpOf("amy", pending.id()).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(5_000);
        assertThat(world.gateway.authorizations).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheGatewayApprovedIsBookedOnceByTheJobWithoutChargingAgain() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        world.gateway.failNextAnswer = new IllegalStateException("our booking failed");

        TopUp pending = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> world.topUps.topUp("amy", card, 5_000, null), SettlingUnfinishedException.class).topUp();
        world.topUps.handle(world.jobs.liveByDedupKey("top_up.settle:" + pending.id()).orElseThrow());

        assertThat(world.topUps.topUpOf("amy", pending.id()).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.gateway.authorizations).isEqualTo(1);
        assertThat(world.gateway.captures).isEqualTo(1);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(5_000);
    }

    @Test
    void aRetryUnderTheSameKeyMustBeTheSameTopUp() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        UUID otherCard = world.card("amy", FakeGateway.APPROVE);
        TopUp first = world.topUps.topUp("amy", card, 5_000, "key");
        assertThat(world.topUps.topUp("amy", card, 5_000, "key").id()).isEqualTo(first.id());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> world.topUps.topUp("amy", card, 6_000, "key"))
                .isInstanceOf(domain.shared.RequestKeyReusedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> world.topUps.topUp("amy", otherCard, 5_000, "key"))
                .isInstanceOf(domain.shared.RequestKeyReusedException.class);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(5_000);
    }

    @Test
    void anUnknownOutcomeStaysPendingUntilTheSettleJobFindsOut() {
        UUID card = world.card("amy", FakeGateway.SILENT);
        TopUp topUp = world.topUps.topUp("amy", card, 5_000, null);
        assertThat(topUp.status()).isEqualTo(TopUpStatus.PENDING);
        assertThat(world.wallets.wallet("amy").balance()).isZero();
        Job settle = world.jobs.liveByDedupKey("top_up.settle:" + topUp.id()).orElseThrow();
        assertThat(settle.state()).isEqualTo(JobState.SCHEDULED);

        // Meanwhile the request did reach the gateway after all, and was approved.
        world.gateway.behaviourByToken.replaceAll((token, behaviour) -> "approve");
        world.gateway.received.put("top-up:" + topUp.id() + ":authorize", PaymentGateway.GatewayResult.approved("auth-late"));
        world.topUps.handle(settle);
        assertThat(world.topUps.topUpOf("amy", topUp.id()).status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(5_000);
        assertThat(world.gateway.authorizations).isZero(); // asked, never sent again
    }

    @Test
    void aRequestKeyAlreadyUsedAnswersTheSameTopUp() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        TopUp first = world.topUps.topUp("amy", card, 1_000, "key-1");
        TopUp again = world.topUps.topUp("amy", card, 1_000, "key-1");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(1_000);
    }

    @Test
    void anAutoTopUpLeftPendingByARolledBackChargeIsSettledBeforeTheCardIsChargedAgain() {
        UUID card = world.card("amy", FakeGateway.APPROVE);
        world.wallets.setAutoTopUp("amy", 10_000L);
        // What a charge that rolled back after the gateway captured leaves: a pending automatic top-up.
        TopUp pending = TopUp.requested("amy", world.store.byId("amy", card).orElseThrow(), 10_000, true, null, world.calendar.now());
        world.topUpStore.add(pending);
        world.gateway.received.put("top-up:" + pending.id() + ":authorize", PaymentGateway.GatewayResult.approved("auth-1"));
        world.gateway.received.put("top-up:" + pending.id() + ":capture", PaymentGateway.GatewayResult.approved("ch-1"));

        assertThat(world.topUps.topUpFor("amy", 5_000)).as("nothing failed").isNull();
        assertThat(world.wallets.wallet("amy").balance()).isEqualTo(10_000);
        assertThat(world.topUpStore.find(pending.id()).orElseThrow().status()).isEqualTo(TopUpStatus.SUCCEEDED);
        assertThat(world.gateway.authorizations).as("the card was not charged again").isZero();
        assertThat(world.topUpStore.all()).hasSize(1);
    }

    @Test
    void aDeclineBooksNothing() {
        UUID card = world.card("amy", FakeGateway.INSUFFICIENT_FUNDS);
        TopUp topUp = world.topUps.topUp("amy", card, 1_000, null);
        assertThat(topUp.status()).isEqualTo(TopUpStatus.DECLINED);
        assertThat(topUp.declineReason()).isEqualTo("insufficient_funds");
        assertThat(world.store.entries).isEmpty();
    }
}

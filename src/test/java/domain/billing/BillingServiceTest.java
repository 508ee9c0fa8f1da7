package domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.billing.InMemoryDueCharges.State;
import domain.catalog.ShopId;
import domain.delivery.DeliveryEvent;
import domain.delivery.DeliveryState;
import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobType;
import domain.shared.InvalidInputException;
import domain.shared.StateConflictException;
import domain.subscription.SubscriptionJobs;
import domain.wallet.Account;
import domain.wallet.FakeGateway;
import domain.wallet.InsufficientFundsException;
import domain.wallet.Payment;
import domain.wallet.TopUpStatus;
import domain.wallet.WalletEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A billing run and the retries after it, over in-memory stores and the real wallet services. Now is
 * Monday 2026-03-02 09:00 in Seoul: deliveries dated up to Tuesday 03-03 are due. A failed charge is
 * retried after 1 hour, then after 6 hours; the third failure gives the delivery up.
 */
class BillingServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate TOMORROW = TODAY.plusDays(1);
    private static final BillingPolicy POLICY = new BillingPolicy(List.of(Duration.ofHours(1), Duration.ofHours(6)), 3, 10);

    private final BillingWorld world = new BillingWorld();
    private final BillingService billing = world.billing(POLICY);
    private final ShopId shop = world.shop(1_000); // 10 % commission

    private DueCharge due(String userId, LocalDate date, long amount) {
        DueCharge charge = new DueCharge(UUID.randomUUID(), UUID.randomUUID(), userId, shop, date, amount, 0);
        world.charges.add(charge);
        return charge;
    }

    private JobHandler handler(JobType type) {
        return billing.handlers().stream().filter(h -> h.type().equals(type)).findFirst().orElseThrow();
    }

    private void runBilling(String payload) {
        handler(BillingJobs.BILLING_RUN).handle(Job.from(new JobRequest(BillingJobs.BILLING_RUN, "billing", payload,
                world.calendar.now(), "billing.run:test:" + UUID.randomUUID()), world.calendar.now()));
    }

    /** Runs the live retry job of the delivery, as the job runner would once it is due. */
    private void runRetry(UUID deliveryId) {
        Job job = world.live(BillingService.RETRY).stream().filter(j -> j.subjectId().equals(deliveryId.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no retry scheduled for " + deliveryId));
        world.clock.set(job.dueAt());
        handler(BillingService.RETRY).handle(job);
        world.jobs.update(job.done(world.calendar.now()));
    }

    private BillingOutcome lastAttempt(UUID deliveryId) {
        List<BillingOutcome> attempts = world.charges.attemptsOf(deliveryId);
        return attempts.get(attempts.size() - 1);
    }

    // ---------------------------------------------------------------- the run

    @Test
    void aRunChargesTheDueDeliveriesFromTheirWalletsAndLeavesLaterOnesForLater() {
        world.deposit("kim", 50_000);
        DueCharge tomorrow = due("kim", TOMORROW, 12_000);
        DueCharge dayAfter = due("kim", TOMORROW.plusDays(1), 12_000);

        assertThat(billing.billDueBatch()).isEqualTo(1);

        assertThat(world.balance("kim")).isEqualTo(38_000);
        assertThat(world.charges.stateOf(tomorrow.deliveryId())).isEqualTo(State.PAID);
        assertThat(world.charges.stateOf(dayAfter.deliveryId())).isEqualTo(State.SCHEDULED);
        Payment payment = world.payments.ofDelivery(tomorrow.deliveryId()).orElseThrow();
        assertThat(payment.amount()).isEqualTo(12_000);
        assertThat(payment.userId()).isEqualTo("kim");
        assertThat(payment.shopId()).isEqualTo(shop);
        assertThat(payment.reference()).isEqualTo("delivery " + tomorrow.deliveryId());
        assertThat(payment.subscriptionId()).isEqualTo(tomorrow.subscriptionId());
        assertThat(payment.paidAt()).isEqualTo(BillingWorld.START);
        assertThat(world.wallets.balanceOf(Account.payableTo(shop))).isEqualTo(10_800);
        assertThat(world.wallets.balanceOf(Account.PLATFORM_REVENUE)).isEqualTo(1_200);
        BillingOutcome attempt = lastAttempt(tomorrow.deliveryId());
        assertThat(attempt.result()).isEqualTo(BillingOutcome.Result.PAID);
        assertThat(attempt.paymentId()).isEqualTo(payment.id());
        assertThat(attempt.reason()).isNull();
        assertThat(attempt.at()).isEqualTo(BillingWorld.START);
        // Paid long before its dispatch time: its usual dispatch job is enough.
        assertThat(world.live(SubscriptionJobs.DISPATCH)).isEmpty();
        assertThat(world.live(BillingService.RETRY)).isEmpty();
    }

    @Test
    void aRunWithNothingDueBillsNothing() {
        world.deposit("kim", 50_000);
        DueCharge later = due("kim", TOMORROW.plusDays(1), 12_000);

        assertThat(billing.billDueBatch()).isZero();

        assertThat(world.balance("kim")).isEqualTo(50_000);
        assertThat(world.charges.stateOf(later.deliveryId())).isEqualTo(State.SCHEDULED);
        assertThat(world.charges.attempts).isEmpty();
    }

    @Test
    void aWalletShortOfFundsLeavesTheDeliveryPendingWithARetryAfterTheFirstDelay() {
        world.deposit("kim", 5_000);
        DueCharge charge = due("kim", TOMORROW, 12_000);

        assertThat(billing.billDueBatch()).isEqualTo(1);

        assertThat(world.balance("kim")).isEqualTo(5_000);
        assertThat(world.payments.all()).isEmpty();
        assertThat(world.wallets.entries).isEmpty();
        assertThat(world.charges.stateOf(charge.deliveryId())).isEqualTo(State.PAYMENT_PENDING);
        BillingOutcome attempt = lastAttempt(charge.deliveryId());
        assertThat(attempt.result()).isEqualTo(BillingOutcome.Result.PAYMENT_PENDING);
        assertThat(attempt.reason()).isEqualTo("insufficient funds: the wallet holds 5000 of 12000 KRW");
        assertThat(attempt.paymentId()).isNull();
        Job retry = world.jobs.live("payment.retry:" + charge.deliveryId() + ":1");
        assertThat(retry.subjectId()).isEqualTo(charge.deliveryId().toString());
        assertThat(retry.dueAt()).isEqualTo(BillingWorld.START.plus(Duration.ofHours(1)));
    }

    @Test
    void aWalletExactlyCoveringTheChargeIsEmptied() {
        world.deposit("kim", 12_000);
        DueCharge charge = due("kim", TOMORROW, 12_000);

        billing.billDueBatch();

        assertThat(world.charges.stateOf(charge.deliveryId())).isEqualTo(State.PAID);
        assertThat(world.balance("kim")).isZero();
    }

    @Test
    void twoChargesOnOneWalletSeeTheBalanceTheFirstLeft() {
        world.deposit("kim", 20_000);
        DueCharge first = due("kim", TODAY.plusDays(1), 12_000);
        DueCharge second = due("kim", TODAY.plusDays(1), 12_000);
        world.deposit("lee", 12_000);
        DueCharge other = due("lee", TODAY.plusDays(1), 12_000);

        assertThat(billing.billDueBatch()).isEqualTo(3);

        assertThat(world.charges.stateOf(first.deliveryId())).isEqualTo(State.PAID);
        assertThat(world.charges.stateOf(second.deliveryId())).isEqualTo(State.PAYMENT_PENDING);
        assertThat(lastAttempt(second.deliveryId()).reason()).isEqualTo("insufficient funds: the wallet holds 8000 of 12000 KRW");
        assertThat(world.charges.stateOf(other.deliveryId())).isEqualTo(State.PAID);
        assertThat(world.balance("kim")).isEqualTo(8_000);
        assertThat(world.balance("lee")).isZero();
    }

    @Test
    void anAutoTopUpCoversAChargeTheWalletCouldNotPay() {
        world.deposit("kim", 3_000);
        world.autoTopUp("kim", 10_000, FakeGateway.APPROVE);
        DueCharge charge = due("kim", TOMORROW, 12_000);

        billing.billDueBatch();

        assertThat(world.charges.stateOf(charge.deliveryId())).isEqualTo(State.PAID);
        assertThat(world.topUpStore.all()).singleElement().satisfies(t -> {
            assertThat(t.amount()).isEqualTo(10_000);
            assertThat(t.status()).isEqualTo(TopUpStatus.SUCCEEDED);
            assertThat(t.automatic()).isTrue();
        });
        assertThat(world.balance("kim")).isEqualTo(1_000);
        assertThat(world.payments.ofDelivery(charge.deliveryId())).isPresent();
    }

    @Test
    void aDeclinedAutoTopUpLeavesThePaymentPendingAndSaysWhy() {
        world.deposit("kim", 3_000);
        world.autoTopUp("kim", 10_000, FakeGateway.INSUFFICIENT_FUNDS);
        DueCharge charge = due("kim", TOMORROW, 12_000);

        billing.billDueBatch();

        assertThat(world.charges.stateOf(charge.deliveryId())).isEqualTo(State.PAYMENT_PENDING);
        assertThat(lastAttempt(charge.deliveryId()).reason())
                .isEqualTo("insufficient funds: the wallet holds 3000 of 12000 KRW; auto top-up declined: insufficient_funds");
        assertThat(world.balance("kim")).isEqualTo(3_000);
    }

    @Test
    void aFreePlanIsPaidWithoutAPaymentOrABooking() {
        DueCharge free = due("kim", TOMORROW, 0);

        assertThat(billing.billDueBatch()).isEqualTo(1);

        assertThat(world.charges.stateOf(free.deliveryId())).isEqualTo(State.PAID);
        BillingOutcome attempt = lastAttempt(free.deliveryId());
        assertThat(attempt.result()).isEqualTo(BillingOutcome.Result.PAID);
        assertThat(attempt.reason()).isEqualTo("free");
        assertThat(attempt.paymentId()).isNull();
        assertThat(world.payments.all()).isEmpty();
        assertThat(world.wallets.entries).isEmpty();
        assertThat(world.live(SubscriptionJobs.DISPATCH)).isEmpty();
    }

    @Test
    void aDeliveryBilledAfterItsDispatchTimeGetsASecondDispatchDueNow() {
        world.deposit("kim", 50_000);
        DueCharge late = due("kim", TODAY, 12_000);
        DueCharge freeLate = due("lee", TODAY, 0);

        billing.billDueBatch();

        Job dispatch = world.jobs.live("delivery.dispatch:" + late.deliveryId() + ":late");
        assertThat(dispatch.dueAt()).isEqualTo(BillingWorld.START);
        assertThat(dispatch.subjectId()).isEqualTo(late.deliveryId().toString());
        assertThat(world.jobs.live("delivery.dispatch:" + freeLate.deliveryId() + ":late").dueAt()).isEqualTo(BillingWorld.START);
    }

    @Test
    void aPendingDeliveryGetsNoSecondDispatch() {
        DueCharge late = due("kim", TODAY, 12_000);

        billing.billDueBatch();

        assertThat(world.charges.stateOf(late.deliveryId())).isEqualTo(State.PAYMENT_PENDING);
        assertThat(world.live(SubscriptionJobs.DISPATCH)).isEmpty();
    }

    @Test
    void aChargeForAShopThatIsGoneFailsTheBatchWithoutBookingAnything() {
        world.deposit("kim", 50_000);
        world.charges.add(new DueCharge(UUID.randomUUID(), UUID.randomUUID(), "kim", ShopId.random(), TOMORROW, 12_000, 0));

        assertThatThrownBy(billing::billDueBatch).isInstanceOf(IllegalStateException.class).hasMessageContaining("is gone");
        assertThat(world.balance("kim")).isEqualTo(50_000);
        assertThat(world.charges.attempts).isEmpty();
    }

    @Test
    void aFullBatchContinuesTheRunInANewJobAndAShortOneDoesNot() {
        BillingService smallBatches = world.billing(new BillingPolicy(List.of(Duration.ofHours(1)), 3, 2));
        world.deposit("kim", 100_000);
        DueCharge a = due("kim", TOMORROW, 1_000);
        DueCharge b = due("kim", TOMORROW, 1_000);
        DueCharge c = due("kim", TOMORROW, 1_000);
        JobHandler run = smallBatches.handlers().get(0);
        assertThat(run.type()).isEqualTo(BillingJobs.BILLING_RUN);

        run.handle(Job.from(new JobRequest(BillingJobs.BILLING_RUN, "manual", "", BillingWorld.START, "first"), BillingWorld.START));

        assertThat(List.of(a, b, c)).filteredOn(x -> world.charges.stateOf(x.deliveryId()) == State.PAID).hasSize(2);
        List<Job> continued = world.live(BillingJobs.BILLING_RUN);
        assertThat(continued).singleElement().satisfies(j -> {
            assertThat(j.subjectId()).isEqualTo("continued");
            assertThat(j.dueAt()).isEqualTo(BillingWorld.START);
        });

        world.jobs.update(continued.get(0).done(BillingWorld.START));
        run.handle(continued.get(0));

        assertThat(List.of(a, b, c)).allSatisfy(x -> assertThat(world.charges.stateOf(x.deliveryId())).isEqualTo(State.PAID));
        assertThat(world.live(BillingJobs.BILLING_RUN)).isEmpty();
        assertThat(world.balance("kim")).isEqualTo(97_000);
    }

    @Test
    void theDailyRunSchedulesTheNextDailyRunAndAManualOneDoesNot() {
        runBilling("");
        assertThat(world.live(BillingJobs.BILLING_RUN)).isEmpty();

        runBilling("daily");

        Instant tomorrowNine = Instant.parse("2026-03-03T00:00:00Z");
        assertThat(world.jobs.live("billing.run:daily:" + tomorrowNine).dueAt()).isEqualTo(tomorrowNine);
    }

    @Test
    void ensureDailyRunSchedulesTheRunAtTheNextBillingTimeOnce() {
        world.clock.set(Instant.parse("2026-03-01T23:00:00Z")); // 08:00 in Seoul

        billing.ensureDailyRun();
        billing.ensureDailyRun();

        assertThat(world.live(BillingJobs.BILLING_RUN)).singleElement().satisfies(j -> {
            assertThat(j.dueAt()).isEqualTo(BillingWorld.START);
            assertThat(j.subjectId()).isEqualTo("daily");
            assertThat(j.payload()).isEqualTo("daily");
        });
    }

    @Test
    void runNowStartsOneRunPerLaneDueNow() {
        billing.runNow(3);

        assertThat(world.live(BillingJobs.BILLING_RUN)).hasSize(3).allSatisfy(j -> {
            assertThat(j.dueAt()).isEqualTo(BillingWorld.START);
            assertThat(j.subjectId()).isEqualTo("manual");
        });
    }

    @Test
    void runNowTakesOneToEightLanes() {
        billing.runNow(1);
        billing.runNow(8);
        assertThat(world.live(BillingJobs.BILLING_RUN)).hasSize(9);

        for (int lanes : new int[] {0, 9}) {
            assertThatThrownBy(() -> billing.runNow(lanes)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("lanes"));
        }
        assertThat(world.live(BillingJobs.BILLING_RUN)).hasSize(9);
    }

    // ---------------------------------------------------------------- retries

    @Test
    void aRetryPaysOnceTheWalletWasToppedUp() {
        world.deposit("kim", 5_000);
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        world.deposit("kim", 20_000);

        runRetry(charge.deliveryId());

        Payment payment = world.payments.ofDelivery(charge.deliveryId()).orElseThrow();
        assertThat(payment.amount()).isEqualTo(12_000);
        assertThat(payment.subscriptionId()).isEqualTo(charge.subscriptionId());
        assertThat(world.balance("kim")).isEqualTo(8_000);
        assertThat(world.settlements.paid).containsExactly(charge.deliveryId());
        BillingOutcome attempt = lastAttempt(charge.deliveryId());
        assertThat(attempt.result()).isEqualTo(BillingOutcome.Result.PAID);
        assertThat(attempt.paymentId()).isEqualTo(payment.id());
        assertThat(attempt.at()).isEqualTo(BillingWorld.START.plus(Duration.ofHours(1)));
        assertThat(world.live(BillingService.RETRY)).isEmpty();
    }

    @Test
    void aFailedRetrySchedulesTheNextAfterItsDelayAndTheLastOneGivesTheDeliveryUp() {
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        Instant firstRetry = BillingWorld.START.plus(Duration.ofHours(1));

        runRetry(charge.deliveryId()); // the second failure: one retry is left

        BillingOutcome second = lastAttempt(charge.deliveryId());
        assertThat(second.result()).isEqualTo(BillingOutcome.Result.PAYMENT_PENDING);
        assertThat(second.reason()).isEqualTo("insufficient funds: the wallet holds 0 of 12000 KRW");
        assertThat(second.at()).isEqualTo(firstRetry);
        assertThat(world.jobs.live("payment.retry:" + charge.deliveryId() + ":2").dueAt())
                .isEqualTo(firstRetry.plus(Duration.ofHours(6)));
        assertThat(world.settlements.unpaid).isEmpty();

        runRetry(charge.deliveryId()); // the third failure: no retry left

        BillingOutcome last = lastAttempt(charge.deliveryId());
        assertThat(last.result()).isEqualTo(BillingOutcome.Result.CANCELLED_UNPAID);
        assertThat(last.reason()).isEqualTo("insufficient funds: the wallet holds 0 of 12000 KRW");
        assertThat(world.settlements.unpaid).containsExactly(charge.deliveryId() + " limit 3");
        assertThat(world.settlements.paid).isEmpty();
        assertThat(world.live(BillingService.RETRY)).isEmpty();
        assertThat(world.charges.attemptsOf(charge.deliveryId())).hasSize(3);
    }

    @Test
    void aRetryWithTheAutoTopUpDeclinedSaysWhy() {
        world.autoTopUp("kim", 10_000, FakeGateway.INSUFFICIENT_FUNDS);
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();

        runRetry(charge.deliveryId());

        assertThat(lastAttempt(charge.deliveryId()).reason())
                .isEqualTo("insufficient funds: the wallet holds 0 of 12000 KRW; auto top-up declined: insufficient_funds");
    }

    @Test
    void aRetryOfADeliveryNoLongerPendingDoesNothing() {
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        world.charges.moveTo(charge.deliveryId(), State.PAID);
        world.deposit("kim", 50_000);

        runRetry(charge.deliveryId());

        assertThat(world.balance("kim")).isEqualTo(50_000);
        assertThat(world.charges.attemptsOf(charge.deliveryId())).hasSize(1);
        assertThat(world.settlements.paid).isEmpty();
        assertThat(world.settlements.unpaid).isEmpty();
    }

    // ---------------------------------------------------------------- pay now

    @Test
    void theSubscriberPaysAPendingDeliveryNow() {
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        world.deposit("kim", 15_000);
        world.clock.advance(Duration.ofMinutes(5));

        billing.payNow("kim", charge.deliveryId());

        Payment payment = world.payments.ofDelivery(charge.deliveryId()).orElseThrow();
        assertThat(payment.subscriptionId()).isEqualTo(charge.subscriptionId());
        assertThat(world.balance("kim")).isEqualTo(3_000);
        assertThat(world.settlements.paid).containsExactly(charge.deliveryId());
        BillingOutcome attempt = lastAttempt(charge.deliveryId());
        assertThat(attempt.result()).isEqualTo(BillingOutcome.Result.PAID);
        assertThat(attempt.reason()).isEqualTo("paid by the subscriber");
        assertThat(attempt.paymentId()).isEqualTo(payment.id());
        assertThat(attempt.at()).isEqualTo(BillingWorld.START.plus(Duration.ofMinutes(5)));
    }

    @Test
    void payingNowWithoutTheFundsIsRefusedAndChangesNothing() {
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        world.deposit("kim", 11_999);

        assertThatThrownBy(() -> billing.payNow("kim", charge.deliveryId()))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("11999 KRW, less than the 12000 KRW");
        assertThat(world.balance("kim")).isEqualTo(11_999);
        assertThat(world.settlements.paid).isEmpty();
        assertThat(world.charges.attemptsOf(charge.deliveryId())).hasSize(1);
        assertThat(world.charges.stateOf(charge.deliveryId())).isEqualTo(State.PAYMENT_PENDING);
    }

    @Test
    void onlyTheSubscriberPaysAndOnlyAPendingDelivery() {
        DueCharge pending = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        world.deposit("kim", 50_000);
        world.deposit("lee", 50_000);
        DueCharge scheduled = due("kim", TOMORROW.plusDays(7), 12_000);

        assertThatThrownBy(() -> billing.payNow("lee", pending.deliveryId())).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.action()).isEqualTo("pay"));
        assertThatThrownBy(() -> billing.payNow("kim", scheduled.deliveryId())).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> billing.payNow("kim", UUID.randomUUID())).isInstanceOf(StateConflictException.class);
        assertThat(world.balance("kim")).isEqualTo(50_000);
        assertThat(world.balance("lee")).isEqualTo(50_000);
        assertThat(world.payments.all()).isEmpty();
    }

    // ---------------------------------------------------------------- what billing tells

    @Test
    void aBatchTellsOfItsPaymentsAndOfEachDeliveryPaidOrLeftWaitingInOneCall() {
        world.deposit("kim", 50_000);
        DueCharge paid = due("kim", TOMORROW, 12_000);
        DueCharge unpaid = due("lee", TOMORROW, 12_000);

        billing.billDueBatch();

        assertThat(world.events.calls()).isEqualTo(1);
        assertThat(world.events.described()).containsExactly("payment.succeeded kim", "delivery.paid " + paid.deliveryId(),
                "delivery.payment_failed " + unpaid.deliveryId());
        Payment payment = world.payments.ofDelivery(paid.deliveryId()).orElseThrow();
        assertThat(world.events.all().get(0)).isEqualTo(new WalletEvent.PaymentSucceeded(payment, BillingWorld.START));
        assertThat(world.events.ofType(DeliveryEvent.class)).extracting(e -> e.delivery().state())
                .as("each delivery as the run left it").containsExactly(DeliveryState.PAID, DeliveryState.PAYMENT_PENDING);
    }

    @Test
    void anAutoTopUpIsToldBeforeTheBatchThatSpendsIt() {
        world.deposit("kim", 3_000);
        world.autoTopUp("kim", 10_000, FakeGateway.APPROVE);
        due("kim", TOMORROW, 12_000);

        billing.billDueBatch();

        assertThat(world.events.types()).containsExactly("topup.auto_made", "payment.succeeded", "delivery.paid");
    }

    @Test
    void aFailedRetryIsToldByTheSubscriptionsButTheLastOneOnlyAsTheDeliveryGivenUp() {
        DueCharge charge = due("kim", TOMORROW, 12_000);
        billing.billDueBatch();
        world.events.clear();

        runRetry(charge.deliveryId());
        runRetry(charge.deliveryId());

        // The subscriptions tell it with the delivery they hold; settling it unpaid tells its last failure too.
        assertThat(world.settlements.retriesFailed).containsExactly(charge.deliveryId());
        assertThat(world.settlements.unpaid).containsExactly(charge.deliveryId() + " limit 3");
        assertThat(world.events.all()).isEmpty();
    }

    @Test
    void aPaymentMadeByARetryOrByTheSubscriberIsToldOnce() {
        DueCharge retried = due("kim", TOMORROW, 12_000);
        DueCharge paidNow = due("lee", TOMORROW, 12_000);
        billing.billDueBatch();
        world.deposit("kim", 20_000);
        world.deposit("lee", 20_000);
        world.events.clear();

        runRetry(retried.deliveryId());
        billing.payNow("lee", paidNow.deliveryId());
        assertThatThrownBy(() -> billing.payNow("lee", paidNow.deliveryId())).isInstanceOf(StateConflictException.class);

        // Each delivery.paid is the subscriptions' (settlePaid), told with the delivery they hold.
        assertThat(world.events.described()).containsExactly("payment.succeeded kim", "payment.succeeded lee");
        assertThat(world.settlements.paid).containsExactly(retried.deliveryId(), paidNow.deliveryId());
    }
}

package domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.PlanStatus;
import domain.catalog.RentalTerms;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.scheduling.Job;
import domain.scheduling.JobRequest;
import domain.shared.Money;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionState;
import domain.wallet.Payment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import simulation.SimCatalog;
import simulation.SimSubscriptions;

/**
 * A rental's monthly fees. The rental of two purifiers at 30,000 won a month each starts on 2026-03-10 with a
 * 12-month commitment (to 2027-03-10); its month 1 (the second) starts on 2026-04-10 and is billed at
 * 09:00 Seoul the day before. An unpaid fee is retried after 1 hour, then 6 hours; two unpaid months in a
 * row suspend the rental.
 */
class RentalFeesTest {
    private static final LocalDate START = LocalDate.of(2026, 3, 10);
    private static final Instant MONTH_1_BILLED = Instant.parse("2026-04-09T00:00:00Z");
    private static final BillingPolicy POLICY = new BillingPolicy(List.of(Duration.ofHours(1), Duration.ofHours(6)), 2, 10);

    private final BillingWorld world = new BillingWorld();
    private final SimSubscriptions rentals = new SimSubscriptions();
    private final SimCatalog plans = new SimCatalog();
    private final List<UUID> suspended = new ArrayList<>();
    private final InMemoryRentalMonths months = new InMemoryRentalMonths();
    private final RentalFees fees = new RentalFees(rentals, world.paymentService, suspended::add,
            world.charges, months, world.scheduler, world.calendar, BillingWorld.SCHEDULE, POLICY);
    private final ShopId shop = world.shop(1_000);
    private Subscription rental;

    @BeforeEach
    void setUp() {
        rental = rentalOf(30_000, SubscriptionState.ACTIVE);
        months.firstMonthsPaid.add(rental.id());
        world.clock.set(MONTH_1_BILLED);
    }

    private Subscription rentalOf(long monthlyFee, SubscriptionState state) {
        Plan plan = new Plan(UUID.randomUUID(), shop, UUID.randomUUID(), "Purifier", PlanKind.RENTAL, null, null,
                new RentalTerms(Money.won(monthlyFee), 12, Money.won(100_000)), PlanStatus.ACTIVE, BillingWorld.START);
        plans.add(plan);
        Subscription s = new Subscription(UUID.randomUUID(), "kim", shop, plan.id(), PlanKind.RENTAL, 2,
                new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524"), START, state, START, 0, null,
                START.plusMonths(12), null, BillingWorld.START, 0);
        rentals.add(s, plan.price());
        return s;
    }

    private void charge(Subscription s, int month, int failed, int unpaidInARow) {
        JobRequest request = BillingJobs.rentalFee(s.id(), month, failed, unpaidInARow, world.calendar.now());
        assertThat(request.type()).isEqualTo(fees.type());
        fees.handle(Job.from(request, world.calendar.now()));
    }

    private List<Job> feeJobs() {
        return world.live(BillingJobs.RENTAL_FEE);
    }

    @Test
    void aMonthIsChargedFromTheWalletAndTheNextMonthIsScheduledAtItsBillingTime() {
        world.deposit("kim", 100_000);

        charge(rental, 1, 0, 0);

        assertThat(world.balance("kim")).isEqualTo(40_000);
        Payment payment = world.payments.all().iterator().next();
        assertThat(payment.amount()).isEqualTo(60_000);
        assertThat(payment.deliveryId()).isNull();
        assertThat(payment.subscriptionId()).isEqualTo(rental.id());
        assertThat(payment.reference()).isEqualTo("rental " + rental.id() + " month 1");
        RentalMonth settled = months.month(rental.id(), 1);
        assertThat(settled.outcome()).isEqualTo(RentalMonth.Outcome.PAID);
        assertThat(settled.fee()).isEqualTo(60_000);
        assertThat(settled.paymentId()).isEqualTo(payment.id());
        assertThat(settled.settledAt()).isEqualTo(MONTH_1_BILLED);
        assertThat(world.charges.rentalAttempts).singleElement().satisfies(a -> {
            assertThat(a.result()).isEqualTo(BillingOutcome.Result.PAID);
            assertThat(a.amount()).isEqualTo(60_000);
            assertThat(a.month()).isEqualTo(1);
            assertThat(a.paymentId()).isEqualTo(payment.id());
        });
        Job next = world.jobs.live("rental.fee:" + rental.id() + ":2:0");
        assertThat(next.payload()).isEqualTo("2 0 0");
        assertThat(next.subjectId()).isEqualTo(rental.id().toString());
        assertThat(next.dueAt()).isEqualTo(Instant.parse("2026-05-09T00:00:00Z"));
    }

    @Test
    void aMonthBilledLateSchedulesTheNextOneNowIfItsBillingTimeHasPassed() {
        world.deposit("kim", 100_000);
        Instant late = Instant.parse("2026-05-20T03:00:00Z");
        world.clock.set(late);

        charge(rental, 1, 0, 0);

        assertThat(world.jobs.live("rental.fee:" + rental.id() + ":2:0").dueAt()).isEqualTo(late);
    }

    @Test
    void aSettledMonthIsNotChargedAgain() {
        world.deposit("kim", 100_000);
        charge(rental, 1, 0, 0);

        charge(rental, 1, 0, 0);

        assertThat(world.balance("kim")).isEqualTo(40_000);
        assertThat(world.payments.all()).hasSize(1);
        assertThat(world.charges.rentalAttempts).hasSize(1);
    }

    @Test
    void noFeeIsChargedBeforeTheFirstMonthWasPaid() {
        months.firstMonthsPaid.clear();
        world.deposit("kim", 100_000);

        charge(rental, 1, 0, 0);

        assertThat(world.balance("kim")).isEqualTo(100_000);
        assertThat(months.settled).isEmpty();
        assertThat(feeJobs()).isEmpty();
    }

    @Test
    void theLastMonthInsideTheCommitmentIsChargedAndTheMonthAtItsEndIsNot() {
        world.deposit("kim", 200_000);

        charge(rental, 11, 0, 0); // starts 2027-02-10, before the end on 2027-03-10
        assertThat(world.balance("kim")).isEqualTo(140_000);
        assertThat(world.jobs.live("rental.fee:" + rental.id() + ":12:0").payload()).isEqualTo("12 0 0");

        charge(rental, 12, 0, 0); // starts on 2027-03-10: the commitment is over

        assertThat(world.balance("kim")).isEqualTo(140_000);
        assertThat(months.isSettled(rental.id(), 12)).isFalse();
        assertThat(world.charges.rentalAttempts).hasSize(1);
    }

    @Test
    void noFeeIsChargedWhileSuspendedOrOnceCancelledOrForAnUnknownRental() {
        world.deposit("kim", 200_000);
        Subscription suspendedRental = rentalOf(30_000, SubscriptionState.SUSPENDED);
        Subscription cancelled = rentalOf(30_000, SubscriptionState.CANCELLED);
        months.firstMonthsPaid.addAll(List.of(suspendedRental.id(), cancelled.id()));

        charge(suspendedRental, 1, 0, 0);
        charge(cancelled, 1, 0, 0);
        fees.handle(Job.from(BillingJobs.rentalFee(UUID.randomUUID(), 1, 0, 0, MONTH_1_BILLED), MONTH_1_BILLED));

        assertThat(world.balance("kim")).isEqualTo(200_000);
        assertThat(world.charges.rentalAttempts).isEmpty();
        assertThat(feeJobs()).isEmpty();
    }

    @Test
    void aFreeRentalMonthIsSettledWithoutAPayment() {
        Subscription free = rentalOf(0, SubscriptionState.ACTIVE);
        months.firstMonthsPaid.add(free.id());

        charge(free, 1, 0, 0);

        assertThat(world.payments.all()).isEmpty();
        RentalMonth settled = months.month(free.id(), 1);
        assertThat(settled.outcome()).isEqualTo(RentalMonth.Outcome.PAID);
        assertThat(settled.fee()).isZero();
        assertThat(world.charges.rentalAttempts).singleElement().satisfies(a -> {
            assertThat(a.result()).isEqualTo(BillingOutcome.Result.PAID);
            assertThat(a.reason()).isEqualTo("free");
        });
        assertThat(world.jobs.live("rental.fee:" + free.id() + ":2:0").dueAt()).isEqualTo(Instant.parse("2026-05-09T00:00:00Z"));
    }

    @Test
    void anUnpaidMonthIsRetriedAfterEachDelay() {
        world.deposit("kim", 50_000);

        charge(rental, 1, 0, 0);

        assertThat(world.balance("kim")).isEqualTo(50_000);
        assertThat(months.isSettled(rental.id(), 1)).isFalse();
        assertThat(world.charges.rentalAttempts).singleElement().satisfies(a -> {
            assertThat(a.result()).isEqualTo(BillingOutcome.Result.PAYMENT_PENDING);
            assertThat(a.reason()).isEqualTo("insufficient funds: the wallet holds 50000 of 60000 KRW");
        });
        Job retry = world.jobs.live("rental.fee:" + rental.id() + ":1:1");
        assertThat(retry.payload()).isEqualTo("1 1 0");
        assertThat(retry.dueAt()).isEqualTo(MONTH_1_BILLED.plus(Duration.ofHours(1)));

        charge(rental, 1, 1, 0); // the second failure: one retry is left

        Job last = world.jobs.live("rental.fee:" + rental.id() + ":1:2");
        assertThat(last.payload()).isEqualTo("1 2 0");
        assertThat(last.dueAt()).isEqualTo(MONTH_1_BILLED.plus(Duration.ofHours(6)));
        assertThat(months.isSettled(rental.id(), 1)).isFalse();
    }

    @Test
    void afterTheLastRetryTheMonthIsSettledUnpaidAndTheNextMonthCountsIt() {
        charge(rental, 1, 2, 0);

        RentalMonth settled = months.month(rental.id(), 1);
        assertThat(settled.outcome()).isEqualTo(RentalMonth.Outcome.UNPAID);
        assertThat(settled.fee()).isEqualTo(60_000);
        assertThat(settled.paymentId()).isNull();
        assertThat(world.charges.rentalAttempts).singleElement()
                .satisfies(a -> assertThat(a.result()).isEqualTo(BillingOutcome.Result.CANCELLED_UNPAID));
        assertThat(suspended).isEmpty();
        Job next = world.jobs.live("rental.fee:" + rental.id() + ":2:0");
        assertThat(next.payload()).isEqualTo("2 0 1");
        assertThat(next.dueAt()).isEqualTo(Instant.parse("2026-05-09T00:00:00Z"));
    }

    @Test
    void theSecondUnpaidMonthInARowSuspendsTheRental() {
        charge(rental, 2, 2, 1);

        assertThat(months.month(rental.id(), 2).outcome()).isEqualTo(RentalMonth.Outcome.UNPAID);
        assertThat(suspended).containsExactly(rental.id());
        assertThat(feeJobs()).isEmpty();
    }

    @Test
    void aPaidMonthStartsTheUnpaidCountAfresh() {
        world.deposit("kim", 100_000);

        charge(rental, 2, 0, 1);

        assertThat(world.jobs.live("rental.fee:" + rental.id() + ":3:0").payload()).isEqualTo("3 0 0");
        assertThat(suspended).isEmpty();
    }
}

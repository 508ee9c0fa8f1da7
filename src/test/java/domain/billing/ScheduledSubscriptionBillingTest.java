package domain.billing;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.delivery.SkipReason;
import domain.scheduling.Job;
import domain.scheduling.JobState;
import domain.subscription.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Now is 09:00 on Monday 2026-03-02 in Seoul: deliveries up to Tuesday are due for billing. */
class ScheduledSubscriptionBillingTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");

    private final BillingWorld world = new BillingWorld();
    private final ScheduledSubscriptionBilling billing = new ScheduledSubscriptionBilling(BillingWorld.SCHEDULE, world.scheduler,
            world.calendar);
    private final ShopId shop = ShopId.random();

    private Subscription subscription(PlanKind kind, LocalDate start) {
        return Subscription.start("kim", shop, UUID.randomUUID(), kind, 1, ADDRESS, start,
                kind == PlanKind.RENTAL ? start.plusMonths(12) : null, BillingWorld.START);
    }

    private Delivery delivery(Subscription s, int cycle, LocalDate date) {
        return Delivery.scheduled(s.id(), "kim", shop, s.planId(), cycle, date, 1, ADDRESS);
    }

    @Test
    void aDeliveryWrittenInsideTheBillingHorizonIsBilledByARunDueNow() {
        Subscription s = subscription(PlanKind.REGULAR_DELIVERY, TODAY.plusDays(1));

        billing.billSoonIfDue(s, List.of(delivery(s, 0, TODAY.plusDays(1)), delivery(s, 1, TODAY.plusDays(8))));

        Job run = world.jobs.live("billing.run:for:" + s.id());
        assertThat(run.type()).isEqualTo(BillingJobs.BILLING_RUN);
        assertThat(run.dueAt()).isEqualTo(BillingWorld.START);
    }

    @Test
    void deliveriesBeyondTheHorizonOrSkippedWaitForTheDailyRun() {
        Subscription s = subscription(PlanKind.REGULAR_DELIVERY, TODAY.plusDays(2));

        billing.billSoonIfDue(s, List.of(delivery(s, 0, TODAY.plusDays(2)), delivery(s, 1, TODAY.plusDays(1)).skip(SkipReason.SUBSCRIBER)));

        assertThat(world.jobs.all()).isEmpty();
    }

    @Test
    void rentalFeesStartAtTheBillingTimeBeforeTheMonth() {
        Subscription rental = subscription(PlanKind.RENTAL, TODAY.plusDays(8)); // month 1 starts on 2026-04-10

        billing.startRentalFees(rental, 1);

        Job fee = world.jobs.live("rental.fee:" + rental.id() + ":1:0");
        assertThat(fee.payload()).isEqualTo("1 0 0");
        assertThat(fee.dueAt()).isEqualTo(Instant.parse("2026-04-09T00:00:00Z"));
    }

    @Test
    void aMonthWhoseBillingTimeHasPassedIsChargedNow() {
        Subscription rental = subscription(PlanKind.RENTAL, TODAY.minusMonths(3));

        billing.startRentalFees(rental, 2);

        assertThat(world.jobs.live("rental.fee:" + rental.id() + ":2:0").dueAt()).isEqualTo(BillingWorld.START);
    }

    @Test
    void stoppingRentalFeesCancelsTheRentalsFeeJobsOnly() {
        Subscription rental = subscription(PlanKind.RENTAL, TODAY.plusDays(8));
        Subscription other = subscription(PlanKind.RENTAL, TODAY.plusDays(8));
        billing.startRentalFees(rental, 1);
        billing.startRentalFees(other, 1);

        billing.stopRentalFees(rental.id());

        assertThat(world.jobs.all()).filteredOn(j -> j.subjectId().equals(rental.id().toString()))
                .singleElement().satisfies(j -> assertThat(j.state()).isEqualTo(JobState.CANCELLED));
        assertThat(world.jobs.live("rental.fee:" + other.id() + ":1:0").state()).isEqualTo(JobState.SCHEDULED);
    }
}

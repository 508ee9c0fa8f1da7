package domain.billing;

import domain.delivery.Delivery;
import domain.scheduling.JobScheduler;
import domain.shared.BusinessCalendar;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionBilling;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Billing for subscriptions as they change, through billing runs and rental-fee jobs on the {@link BillingSchedule}. */
public final class ScheduledSubscriptionBilling implements SubscriptionBilling {
    private final BillingSchedule schedule;
    private final JobScheduler scheduler;
    private final BusinessCalendar calendar;

    public ScheduledSubscriptionBilling(BillingSchedule schedule, JobScheduler scheduler, BusinessCalendar calendar) {
        this.schedule = schedule;
        this.scheduler = scheduler;
        this.calendar = calendar;
    }

    @Override
    public void billSoonIfDue(Subscription subscription, List<Delivery> written) {
        Instant now = calendar.now();
        boolean due = written.stream().anyMatch(d -> d.isScheduled() && schedule.isDue(d.date(), now));
        if (due) scheduler.schedule(List.of(BillingJobs.billingRunNow(subscription.id(), now)));
    }

    @Override
    public void startRentalFees(Subscription rental, int month) {
        scheduler.schedule(List.of(BillingJobs.rentalFeeOfMonth(rental, month, 0, schedule, calendar.now())));
    }

    @Override
    public void stopRentalFees(UUID rentalId) {
        scheduler.cancelAll(BillingJobs.RENTAL_FEE, rentalId.toString());
    }
}

package domain.billing;

import domain.scheduling.JobRequest;
import domain.scheduling.JobType;
import domain.subscription.Subscription;
import java.time.Instant;
import java.util.UUID;

/** The jobs billing schedules for subscriptions: billing runs, and a rental's monthly fee after its first month. */
public final class BillingJobs {
    /** Charges a rental's monthly fee after its first month. */
    public static final JobType RENTAL_FEE = new JobType("rental.fee");
    /** Bills every delivery whose billing time has come. */
    public static final JobType BILLING_RUN = new JobType("billing.run");

    private BillingJobs() {
    }

    /**
     * The monthly fee of a rental's month {@code month} (1 is the second month: the first is billed with
     * its delivery), after {@code failed} failed attempts, with {@code unpaidInARow} months unpaid before it.
     */
    public static JobRequest rentalFee(UUID subscriptionId, int month, int failed, int unpaidInARow, Instant due) {
        return new JobRequest(RENTAL_FEE, subscriptionId.toString(), month + " " + failed + " " + unpaidInARow, due,
                RENTAL_FEE.name() + ":" + subscriptionId + ":" + month + ":" + failed);
    }

    /**
     * The first attempt at a rental's month {@code month}: at the billing time before the month starts, or
     * at once when that has passed (a rental resumed, a first month paid late, a month billed late).
     */
    static JobRequest rentalFeeOfMonth(Subscription rental, int month, int unpaidInARow, BillingSchedule schedule,
                                       Instant now) {
        Instant due = schedule.billsAt(rental.startDate().plusMonths(month));
        return rentalFee(rental.id(), month, 0, unpaidInARow, due.isBefore(now) ? now : due);
    }

    /** A run due now, for a subscription whose delivery's billing time has already come. */
    static JobRequest billingRunNow(UUID subscriptionId, Instant now) {
        return new JobRequest(BILLING_RUN, "billing", "", now, BILLING_RUN.name() + ":for:" + subscriptionId);
    }
}

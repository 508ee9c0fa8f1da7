package domain.billing;

import domain.scheduling.JobRequest;
import domain.scheduling.JobType;
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

    /** A run due now, for a subscription whose delivery's billing time has already come. */
    static JobRequest billingRunNow(UUID subscriptionId, Instant now) {
        return new JobRequest(BILLING_RUN, "billing", "", now, BILLING_RUN.name() + ":for:" + subscriptionId);
    }
}

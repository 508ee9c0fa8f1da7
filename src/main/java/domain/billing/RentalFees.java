package domain.billing;

import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionState;
import domain.subscription.Subscriptions;
import domain.subscription.SuspendRentalUseCase;
import domain.wallet.Charge;
import domain.wallet.ChargeQuote;
import domain.wallet.PaymentService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A rental's monthly fee. The first month is billed with the rental's one delivery; each later month
 * is a {@code rental.fee} job at the billing time before the month starts, for as long as the rental
 * is active and inside its commitment (a renewal extends it), and only once its first month was paid
 * (paying it late schedules the second month again). A month is settled once: the charge commits with
 * the month's {@link RentalMonth} record, which the store keeps unique. An unpaid month is retried like a
 * delivery; after the last retry it is settled unpaid, and too many unpaid months in a row suspend the rental.
 */
public final class RentalFees implements JobHandler {
    private final Subscriptions subscriptions;
    private final PaymentService payments;
    private final SuspendRentalUseCase suspensions;
    private final DueCharges records;
    private final RentalMonths months;
    private final JobScheduler scheduler;
    private final BusinessCalendar calendar;
    private final BillingSchedule schedule;
    private final BillingPolicy policy;

    public RentalFees(Subscriptions subscriptions, PaymentService payments, SuspendRentalUseCase suspensions,
                      DueCharges records, RentalMonths months, JobScheduler scheduler, BusinessCalendar calendar, BillingSchedule schedule,
                      BillingPolicy policy) {
        this.subscriptions = subscriptions;
        this.payments = payments;
        this.suspensions = suspensions;
        this.records = records;
        this.months = months;
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.schedule = schedule;
        this.policy = policy;
    }

    @Override
    public JobType type() {
        return BillingJobs.RENTAL_FEE;
    }

    @Override
    public void handle(Job job) {
        String[] parts = job.payload().split(" ");
        int month = Integer.parseInt(parts[0]);
        int failed = Integer.parseInt(parts[1]);
        int unpaidInARow = Integer.parseInt(parts[2]);
        Subscription rental = subscriptions.byId(UUID.fromString(job.subjectId())).orElse(null);
        // Cancelled, ended or suspended: no more fees (a resumed rental starts its fees again).
        if (rental == null || rental.state() != SubscriptionState.ACTIVE) return;
        LocalDate monthStarts = rental.startDate().plusMonths(month);
        if (!monthStarts.isBefore(rental.commitmentEndsOn())) return;
        // Charged already (a duplicate job), or the goods' first month is not paid: nothing is owed now.
        if (months.isSettled(rental.id(), month) || !months.firstMonthPaid(rental.id())) return;
        long fee = ChargeQuote.amountOf(subscriptions.priceTaken(rental.id(), rental.planId()), rental.quantity());
        Instant now = calendar.now();
        if (fee == 0) {
            records.recordRentalAttempt(rental.id(), month, 0, BillingOutcome.Result.PAID, "free", null, now);
            months.settle(new RentalMonth(rental.id(), month, 0, RentalMonth.Outcome.PAID, null, now));
            scheduler.schedule(List.of(next(rental, month + 1, 0)));
            return;
        }
        Charge charge = payments.charge(rental.userId(), rental.shopId(), fee, rental.id(), null,
                "rental " + rental.id() + " month " + month);
        if (charge instanceof Charge.Paid paid) {
            records.recordRentalAttempt(rental.id(), month, fee, BillingOutcome.Result.PAID, null, paid.payment().id(), now);
            months.settle(new RentalMonth(rental.id(), month, fee, RentalMonth.Outcome.PAID, paid.payment().id(), now));
            scheduler.schedule(List.of(next(rental, month + 1, 0)));
            return;
        }
        Charge.Refused refused = (Charge.Refused) charge;
        String reason = BillingOutcome.shortOfFunds(refused.balance(), fee, refused.autoTopUpFailure());
        int failedNow = failed + 1;
        if (policy.retriesAfter(failedNow)) {
            records.recordRentalAttempt(rental.id(), month, fee, BillingOutcome.Result.PAYMENT_PENDING, reason, null, now);
            scheduler.schedule(List.of(BillingJobs.rentalFee(rental.id(), month, failedNow, unpaidInARow,
                    now.plus(policy.delayAfter(failedNow)))));
            return;
        }
        records.recordRentalAttempt(rental.id(), month, fee, BillingOutcome.Result.CANCELLED_UNPAID, reason, null, now);
        months.settle(new RentalMonth(rental.id(), month, fee, RentalMonth.Outcome.UNPAID, null, now));
        if (unpaidInARow + 1 >= policy.unpaidCyclesToSuspend()) {
            suspensions.suspendForUnpaidFees(rental.id());
        } else {
            scheduler.schedule(List.of(next(rental, month + 1, unpaidInARow + 1)));
        }
    }

    private domain.scheduling.JobRequest next(Subscription rental, int month, int unpaidInARow) {
        return BillingJobs.rentalFeeOfMonth(rental, month, unpaidInARow, schedule, calendar.now());
    }
}

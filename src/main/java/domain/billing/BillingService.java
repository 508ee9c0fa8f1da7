package domain.billing;

import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent.DeliveryPaid;
import domain.delivery.DeliveryEvent.DeliveryPaymentFailed;
import domain.delivery.DeliveryState;
import domain.scheduling.Job;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import domain.shared.DomainEvent;
import domain.shared.EventLog;
import domain.shared.InvalidInputException;
import domain.shared.StateConflictException;
import domain.subscription.SettleDeliveryPaymentUseCase;
import domain.subscription.SubscriptionJobs;
import domain.wallet.Bookings;
import domain.wallet.Charge;
import domain.wallet.ChargeQuote;
import domain.wallet.Commission;
import domain.wallet.Commissions;
import domain.wallet.InsufficientFundsException;
import domain.wallet.JournalEntry;
import domain.wallet.Ledger;
import domain.wallet.Payment;
import domain.wallet.PaymentService;
import domain.wallet.Payments;
import domain.wallet.TopUpService;
import domain.wallet.Wallet;
import domain.wallet.WalletEvent.PaymentSucceeded;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Charges each delivery from its subscriber's wallet before its date. A billing run takes the due
 * deliveries in batches, one transaction each: first it tops up, with nothing locked, the wallets of users who
 * opted in and owe more than they hold; then it locks the deliveries (skipping those another run holds), locks
 * their wallets in a fixed order, charges what each wallet covers, and books everything with a few statements.
 * No gateway is asked while the batch holds a row. A delivery that cannot be paid waits in
 * PAYMENT_PENDING for its retries; after the last one it is cancelled as unpaid. A batch records its payments and
 * what became of its deliveries as events in one go, after booking them.
 */
public final class BillingService implements PayDeliveryUseCase, RunBillingUseCase {
    public static final JobType RETRY = new JobType("payment.retry");
    private static final int MAX_LANES = 8;

    private final DueCharges charges;
    private final Ledger ledger;
    private final Payments payments;
    private final Commissions commissions;
    private final PaymentService paymentService;
    private final SettleDeliveryPaymentUseCase subscriptions;
    private final SubscriptionJobs subscriptionJobs;
    private final JobScheduler scheduler;
    private final BusinessCalendar calendar;
    private final BillingSchedule schedule;
    private final BillingPolicy policy;
    private final EventLog events;

    public BillingService(DueCharges charges, Ledger ledger, Payments payments, Commissions commissions,
                          PaymentService paymentService, SettleDeliveryPaymentUseCase subscriptions,
                          SubscriptionJobs subscriptionJobs, JobScheduler scheduler, BusinessCalendar calendar,
                          BillingSchedule schedule, BillingPolicy policy, EventLog events) {
        this.events = events;
        this.charges = charges;
        this.ledger = ledger;
        this.payments = payments;
        this.commissions = commissions;
        this.paymentService = paymentService;
        this.subscriptions = subscriptions;
        this.subscriptionJobs = subscriptionJobs;
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.schedule = schedule;
        this.policy = policy;
    }

    /** The handlers of the billing run and of payment retries. */
    public List<JobHandler> handlers() {
        return List.of(JobHandler.of(BillingJobs.BILLING_RUN, this::run), JobHandler.of(RETRY, job -> retry(UUID.fromString(job.subjectId()))));
    }

    /** Keeps the next daily run scheduled, at the next billing time. */
    public void ensureDailyRun() {
        Instant at = schedule.nextRunAfter(calendar.now());
        scheduler.schedule(List.of(new JobRequest(BillingJobs.BILLING_RUN, "daily", "daily", at,
                BillingJobs.BILLING_RUN.name() + ":daily:" + at)));
    }

    @Override
    public void runNow(int lanes) {
        if (lanes < 1 || lanes > MAX_LANES) throw InvalidInputException.of("lanes", "must be between 1 and " + MAX_LANES);
        List<JobRequest> runs = new ArrayList<>();
        for (int i = 0; i < lanes; i++) {
            runs.add(new JobRequest(BillingJobs.BILLING_RUN, "manual", "", calendar.now(),
                    BillingJobs.BILLING_RUN.name() + ":manual:" + UUID.randomUUID()));
        }
        scheduler.schedule(runs);
    }

    private void run(Job job) {
        int billed = billDueBatch();
        // A full batch may have left more: the run goes on in a new transaction, through the queue.
        if (billed == policy.batchSize()) {
            scheduler.schedule(List.of(new JobRequest(BillingJobs.BILLING_RUN, "continued", "", calendar.now(),
                    BillingJobs.BILLING_RUN.name() + ":next:" + UUID.randomUUID())));
        }
        if ("daily".equals(job.payload())) ensureDailyRun();
    }

    /** Charges one batch of due deliveries; answers how many it took. */
    public int billDueBatch() {
        Instant now = calendar.now();
        // Auto top-ups first, with nothing locked: the gateway is never asked while the batch holds its rows.
        Map<String, String> topUpFailures = topUpShortWallets(charges.due(schedule.horizon(now), policy.batchSize()));
        List<DueCharge> due = charges.lockDue(schedule.horizon(now), policy.batchSize());
        if (due.isEmpty()) return 0;
        Map<String, Wallet> wallets = ledger.lockWallets(due.stream().map(DueCharge::userId).distinct().sorted().toList());
        Map<ShopId, Commission> rates = new HashMap<>();
        List<Payment> paid = new ArrayList<>();
        List<JournalEntry> entries = new ArrayList<>();
        List<BillingOutcome> outcomes = new ArrayList<>();
        List<JobRequest> jobs = new ArrayList<>();
        for (DueCharge charge : due) {
            Commission rate = rates.computeIfAbsent(charge.shopId(),
                    shop -> commissions.of(shop).orElseThrow(() -> new IllegalStateException("shop " + shop.value() + " is gone")));
            Wallet wallet = wallets.get(charge.userId());
            ChargeQuote quote = ChargeQuote.of(charge.amount(), 1, rate, wallet.balance(), wallet.autoTopUp());
            if (quote.isFree()) {
                // A free plan: nothing to charge, and nothing to book.
                outcomes.add(new BillingOutcome(charge, BillingOutcome.Result.PAID, "free", null, now));
                if (subscriptionJobs.dispatchTimeNear(charge.date(), now)) jobs.add(subscriptionJobs.dispatchLate(charge.deliveryId(), charge.date(), now));
                continue;
            }
            String failure = topUpFailures.get(charge.userId());
            if (quote.covered()) {
                Payment payment = Payment.of(charge.userId(), charge.shopId(), quote.amount(), rate, charge.subscriptionId(),
                        charge.deliveryId(), charge.reference(), now);
                paid.add(payment);
                entries.add(Bookings.payment(payment, quote));
                wallet = wallet.plus(-quote.amount());
                outcomes.add(new BillingOutcome(charge, BillingOutcome.Result.PAID, null, payment.id(), now));
                // Billed near or after its dispatch time: a second dispatch makes sure it goes (see dispatchLate).
                if (subscriptionJobs.dispatchTimeNear(charge.date(), now)) jobs.add(subscriptionJobs.dispatchLate(charge.deliveryId(), charge.date(), now));
            } else {
                outcomes.add(new BillingOutcome(charge, BillingOutcome.Result.PAYMENT_PENDING, BillingOutcome.shortOfFunds(wallet.balance(), charge.amount(), failure), null, now));
                jobs.add(retryAt(charge.deliveryId(), 1, now.plus(policy.delayAfter(1))));
            }
            wallets.put(charge.userId(), wallet);
        }
        payments.add(paid);
        ledger.post(entries);
        List<Delivery> billed = charges.recordRun(outcomes);
        events.record(happened(paid, billed, now));
        scheduler.schedule(jobs);
        return due.size();
    }

    /** A batch's events: each payment, then each delivery paid or left waiting for a retry. */
    private static List<DomainEvent> happened(List<Payment> paid, List<Delivery> billed, Instant now) {
        List<DomainEvent> happened = new ArrayList<>(paid.size() + billed.size());
        for (Payment payment : paid) happened.add(new PaymentSucceeded(payment, now));
        for (Delivery delivery : billed) {
            happened.add(delivery.state() == DeliveryState.PAID ? new DeliveryPaid(delivery, now) : new DeliveryPaymentFailed(delivery, now));
        }
        return happened;
    }

    /**
     * What each user owes in the batch about to be charged, topped up where the user opted in; answers why a
     * top-up brought nothing, by user. Each top-up commits on its own (see {@link TopUpService#topUpFor}).
     */
    private Map<String, String> topUpShortWallets(List<DueCharge> due) {
        Map<String, Long> owed = new java.util.LinkedHashMap<>();
        for (DueCharge charge : due) owed.merge(charge.userId(), charge.amount(), Math::addExact);
        Map<String, String> failures = new HashMap<>();
        owed.forEach((user, amount) -> {
            String failure = amount == 0 ? null : paymentService.topUpFor(user, amount);
            if (failure != null) failures.put(user, failure);
        });
        return failures;
    }

    /** A retry of a pending payment: paid, or the next retry, or given up after the last. */
    void retry(UUID deliveryId) {
        DueCharge seen = charges.pending(deliveryId).orElse(null);
        if (seen == null) return; // paid meanwhile, or cancelled
        // The top-up before the delivery is locked: no lock is held while the gateway is asked.
        String topUpFailure = paymentService.topUpFor(seen.userId(), seen.amount());
        DueCharge charge = charges.lockPending(deliveryId).orElse(null);
        if (charge == null) return;
        Instant now = calendar.now();
        Charge result = paymentService.chargeFromBalance(charge.userId(), charge.shopId(), charge.amount(), charge.subscriptionId(),
                charge.deliveryId(), charge.reference(), topUpFailure);
        if (result instanceof Charge.Paid done) {
            charges.recordAttempt(new BillingOutcome(charge, BillingOutcome.Result.PAID, null, done.payment().id(), now));
            subscriptions.settlePaid(deliveryId);
            return;
        }
        Charge.Refused refused = (Charge.Refused) result;
        int failed = charge.failedAttempts() + 1;
        String reason = BillingOutcome.shortOfFunds(refused.balance(), charge.amount(), refused.autoTopUpFailure());
        if (policy.retriesAfter(failed)) {
            charges.recordAttempt(new BillingOutcome(charge, BillingOutcome.Result.PAYMENT_PENDING, reason, null, now));
            scheduler.schedule(List.of(retryAt(deliveryId, failed, now.plus(policy.delayAfter(failed)))));
            subscriptions.retryFailed(deliveryId);
        } else {
            charges.recordAttempt(new BillingOutcome(charge, BillingOutcome.Result.CANCELLED_UNPAID, reason, null, now));
            subscriptions.settleUnpaid(deliveryId, policy.unpaidCyclesToSuspend());
        }
    }

    @Override
    public void payNow(String userId, UUID deliveryId) {
        DueCharge seen = charges.pending(deliveryId).filter(c -> c.userId().equals(userId))
                .orElseThrow(() -> new StateConflictException("delivery", "not waiting for payment", "pay"));
        // The top-up before the delivery is locked: no lock is held while the gateway is asked.
        String topUpFailure = paymentService.topUpFor(userId, seen.amount());
        DueCharge charge = charges.lockPending(deliveryId).filter(c -> c.userId().equals(userId)).orElse(null);
        if (charge == null) {
            throw new StateConflictException("delivery", "not waiting for payment", "pay");
        }
        Charge result = paymentService.chargeFromBalance(userId, charge.shopId(), charge.amount(), charge.subscriptionId(), deliveryId,
                charge.reference(), topUpFailure);
        if (result instanceof Charge.Refused refused) {
            throw new InsufficientFundsException(refused.balance(), charge.amount(), refused.autoTopUpFailure());
        }
        charges.recordAttempt(new BillingOutcome(charge, BillingOutcome.Result.PAID, "paid by the subscriber",
                ((Charge.Paid) result).payment().id(), calendar.now()));
        // Its retry job is left to find nothing to do: cancelling it here would wait on a running retry
        // that waits on this delivery.
        subscriptions.settlePaid(deliveryId);
    }

    /** Each retry has its own key: the next one is scheduled while the current one is still live. */
    private JobRequest retryAt(UUID deliveryId, int failedAttempts, Instant at) {
        return new JobRequest(RETRY, deliveryId.toString(), "", at, retryKey(deliveryId, failedAttempts));
    }

    private static String retryKey(UUID deliveryId, int failedAttempts) {
        return RETRY.name() + ":" + deliveryId + ":" + failedAttempts;
    }
}

package simulation;

import domain.billing.BillingPolicy;
import domain.billing.BillingSchedule;
import domain.billing.BillingService;
import domain.billing.RentalFees;
import domain.billing.ScheduledSubscriptionBilling;
import domain.billing.WalletSubscriptionPayments;
import domain.scheduling.JobBook;
import domain.scheduling.JobHandler;
import domain.scheduling.JobRunner;
import domain.scheduling.RetryPolicy;
import domain.shared.BusinessCalendar;
import domain.subscription.CancelSubscription;
import domain.subscription.ChangeSubscription;
import domain.subscription.DispatchDelivery;
import domain.subscription.EndRental;
import domain.subscription.PauseSubscription;
import domain.subscription.RenewRental;
import domain.subscription.RescheduleDelivery;
import domain.subscription.SettleDeliveryPayment;
import domain.subscription.SkipDelivery;
import domain.subscription.SubscribeToPlan;
import domain.subscription.SubscriptionChanges;
import domain.subscription.SubscriptionJobs;
import domain.subscription.SuspendRental;
import domain.wallet.FundingSourceService;
import domain.wallet.PaymentService;
import domain.wallet.TopUpRefundService;
import domain.wallet.TopUpService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * gudok's domain services put together as {@code adapters.cdi.DomainServices} does, over the simulation's
 * in-memory stores, a gateway with the simulation's failure rates and a clock the simulation moves.
 */
final class World {
    /** The production defaults (application.properties). */
    static final LocalTime DISPATCH_TIME = LocalTime.MIDNIGHT;
    static final BillingSchedule BILLING = new BillingSchedule(LocalTime.of(9, 0), 1);
    static final BillingPolicy POLICY = new BillingPolicy(List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3)), 2, 500);
    static final RetryPolicy JOB_RETRIES = new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofHours(1));

    final VirtualClock clock;
    final BusinessCalendar calendar;
    final SimCatalog plans = new SimCatalog();
    final SimSubscriptions subscriptions = new SimSubscriptions();
    /** The users whose records the current step wrote: the invariants check them after it. */
    final java.util.Set<String> touched = new java.util.LinkedHashSet<>();
    final SimDeliveries deliveries = new SimDeliveries(plans, subscriptions, touched);
    final SimRentalMonths rentalMonths = new SimRentalMonths(deliveries);
    final SimSkippedDays skippedDays = new SimSkippedDays();
    final SimJobs jobs = new SimJobs();
    final SimWallets wallets;
    final SimPayments payments = new SimPayments();
    final SimTopUps topUpStore = new SimTopUps();
    final SimTopUpRefunds topUpRefundStore = new SimTopUpRefunds();
    final SimEvents events = new SimEvents();
    final SimGateway gateway;

    final JobBook jobBook;
    final SubscriptionJobs subscriptionJobs = new SubscriptionJobs(DISPATCH_TIME);
    final TopUpService topUps;
    final TopUpRefundService topUpRefunds;
    final PaymentService paymentService;
    /** Wallet settings as a subscriber changes them; the simulation has no settlement statements to ask. */
    final domain.wallet.WalletService walletSettings;
    final FundingSourceService fundingSources;
    final SubscribeToPlan subscribe;
    final PauseSubscription pause;
    final SkipDelivery skip;
    final domain.subscription.UnskipDelivery unskip;
    final domain.subscription.ChangeAddress move;
    final RescheduleDelivery reschedule;
    final ChangeSubscription change;
    final CancelSubscription cancel;
    final RenewRental renew;
    final DispatchDelivery dispatch;
    final EndRental endRental;
    final SettleDeliveryPayment settle;
    final SuspendRental suspend;
    final BillingService billing;
    final RentalFees rentalFees;
    final JobRunner runner;

    World(Instant start, Random gatewayRandom, Simulation.Settings settings) {
        clock = new VirtualClock(start);
        calendar = new BusinessCalendar(clock);
        wallets = new SimWallets(clock);
        gateway = new SimGateway(gatewayRandom, settings.declines(), settings.lostAnswers(), settings.neverArrives());
        jobBook = new JobBook(jobs, calendar);
        topUps = new TopUpService(wallets, topUpStore, wallets, gateway, jobBook, Tx::separately, calendar,
                Duration.ofMinutes(2), Duration.ofHours(24), events);
        topUpRefunds = new TopUpRefundService(topUpStore, topUpRefundStore, wallets, gateway, jobBook, Tx::separately, calendar,
                Duration.ofMinutes(2), Duration.ofHours(24));
        paymentService = new PaymentService(wallets, payments, wallets, topUps, calendar, events);
        fundingSources = new FundingSourceService(wallets, gateway, calendar);
        walletSettings = new domain.wallet.WalletService(wallets, wallets, wallets, (shop, from, to, startAt, endAt) -> {
            throw new UnsupportedOperationException("no settlement statements in the simulation");
        });
        SubscriptionChanges changes = new SubscriptionChanges(subscriptions, deliveries, plans, skippedDays, calendar, 3, jobBook,
                subscriptionJobs, new ScheduledSubscriptionBilling(BILLING, jobBook, calendar),
                new WalletSubscriptionPayments(paymentService, payments), events);
        subscribe = new SubscribeToPlan(changes);
        pause = new PauseSubscription(changes);
        skip = new SkipDelivery(changes);
        unskip = new domain.subscription.UnskipDelivery(changes);
        move = new domain.subscription.ChangeAddress(changes);
        reschedule = new RescheduleDelivery(changes);
        change = new ChangeSubscription(changes);
        cancel = new CancelSubscription(changes);
        renew = new RenewRental(changes);
        dispatch = new DispatchDelivery(changes);
        endRental = new EndRental(changes);
        settle = new SettleDeliveryPayment(changes);
        suspend = new SuspendRental(changes);
        billing = new BillingService(deliveries, wallets, payments, wallets, paymentService, settle, subscriptionJobs,
                jobBook, calendar, BILLING, POLICY, events);
        rentalFees = new RentalFees(subscriptions, paymentService, suspend, deliveries, rentalMonths, jobBook, calendar,
                BILLING, POLICY);
        List<JobHandler> handlers = new ArrayList<>(List.of(dispatch.handler(), pause.handler(), endRental.handler()));
        handlers.add(topUps);
        handlers.add(topUpRefunds);
        handlers.addAll(billing.handlers());
        handlers.add(rentalFees);
        runner = new JobRunner(jobs, handlers, calendar, JOB_RETRIES, Duration.ofMinutes(1));
    }

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * What every store holds, one line a record, in each store's own order. The domain draws its ids at random, so
     * each id is written as the order of its first mention ({@code #1}, {@code #2}…): two worlds that did the same
     * things read the same.
     */
    List<String> snapshot() {
        List<String> lines = new ArrayList<>();
        plans.all().forEach(p -> lines.add("plan " + p));
        subscriptions.all().forEach(s -> lines.add("subscription " + s));
        deliveries.all().forEach(d -> lines.add("delivery " + d));
        skippedDays.all().forEach((s, days) -> lines.add("skipped " + s + " " + days));
        rentalMonths.all().forEach(m -> lines.add("rental month " + m));
        jobs.all().forEach(j -> lines.add("job " + j));
        wallets.balances().keySet().forEach(u -> lines.add("wallet " + wallets.wallet(u).orElseThrow()));
        wallets.sources().forEach(s -> lines.add("funding source " + s));
        wallets.entries().forEach(e -> lines.add("entry " + e));
        payments.all().forEach(p -> lines.add("payment " + p));
        payments.refunds().forEach(r -> lines.add("refund " + r));
        topUpStore.all().forEach(t -> lines.add("top-up " + t));
        topUpRefundStore.all().forEach(r -> lines.add("top-up refund " + r));
        gateway.answers().forEach((key, answer) -> lines.add("gateway " + key + " " + answer));
        Map<String, String> names = new HashMap<>();
        lines.replaceAll(line -> UUID_TEXT.matcher(line).replaceAll(id -> names.computeIfAbsent(id.group(), i -> "#" + (names.size() + 1))));
        return lines;
    }

    /** A clock the simulation sets. */
    static final class VirtualClock extends Clock {
        private Instant now;

        VirtualClock(Instant start) {
            now = start;
        }

        void set(Instant instant) {
            if (instant.isBefore(now)) throw new IllegalArgumentException("time does not go back");
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

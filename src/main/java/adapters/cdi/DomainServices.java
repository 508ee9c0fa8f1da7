package adapters.cdi;

import adapters.IdempotencyKeyPurge;
import adapters.IdempotentRequests;
import domain.billing.BillingPolicy;
import domain.billing.BillingSchedule;
import domain.billing.BillingService;
import domain.billing.DueCharges;
import domain.billing.PayDeliveryUseCase;
import domain.billing.RentalFees;
import domain.billing.RunBillingUseCase;
import domain.billing.ScheduledSubscriptionBilling;
import domain.billing.WalletSubscriptionPayments;
import domain.catalog.ApiKeyService;
import domain.catalog.ApiKeys;
import domain.catalog.CatalogService;
import domain.catalog.Plans;
import domain.catalog.Products;
import domain.catalog.ShopRegistration;
import domain.catalog.Shops;
import domain.delivery.Deliveries;
import domain.webhook.DispatchWebhooksUseCase;
import domain.webhook.RecordAttemptUseCase;
import domain.webhook.WebhookDispatchService;
import domain.webhook.WebhookEndpointService;
import domain.webhook.WebhookMessages;
import domain.webhook.WebhookRetrySchedule;
import domain.webhook.WebhookSender;
import domain.webhook.WebhookEndpoints;
import domain.delivery.FulfilmentService;
import domain.scheduling.Canaries;
import domain.scheduling.CanaryFirings;
import domain.scheduling.JobAdministration;
import domain.scheduling.JobBook;
import domain.scheduling.JobHandler;
import domain.scheduling.JobHorizon;
import domain.scheduling.JobRunner;
import domain.scheduling.Jobs;
import domain.scheduling.RetryPolicy;
import domain.scheduling.SandboxClock;
import domain.scheduling.TestClock;
import domain.scheduling.TestClockOffsets;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.SeparateTransaction;
import domain.subscription.CancelSubscription;
import domain.subscription.ChangeSubscription;
import domain.subscription.DispatchDelivery;
import domain.subscription.EndRental;
import domain.subscription.PauseSubscription;
import domain.subscription.RenewRental;
import domain.subscription.RescheduleDelivery;
import domain.subscription.SettleDeliveryPayment;
import domain.subscription.SettleDeliveryPaymentUseCase;
import domain.subscription.SkipDelivery;
import domain.subscription.SubscribeToPlan;
import domain.subscription.SubscriptionChanges;
import domain.subscription.SubscriptionJobs;
import domain.subscription.Subscriptions;
import domain.subscription.SuspendRental;
import domain.subscription.SuspendRentalUseCase;
import domain.subscription.ViewSubscriptions;
import domain.wallet.Commissions;
import domain.wallet.FundingSourceService;
import domain.wallet.FundingSources;
import domain.wallet.Ledger;
import domain.wallet.PaymentGateway;
import domain.wallet.PaymentService;
import domain.wallet.Payments;
import domain.wallet.RefundTopUpUseCase;
import domain.wallet.Settlements;
import domain.wallet.TopUpRefundService;
import domain.wallet.TopUpRefunds;
import domain.wallet.TopUpService;
import domain.wallet.TopUpUseCase;
import domain.wallet.TopUps;
import domain.wallet.WalletService;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the domain services from their outbound ports. The services are plain Java; this is the
 * only place that knows how they are put together. Each service is injectable as its use-case interfaces.
 */
public class DomainServices {

    @Produces
    @Singleton
    BusinessCalendar calendar(Instance<SandboxClock> sandboxClock,
                              @ConfigProperty(name = "gudok.test-clock.enabled", defaultValue = "false") boolean testClock) {
        return new BusinessCalendar(testClock ? sandboxClock.get() : Clock.systemUTC());
    }

    /**
     * The clock an admin moves forward (POST /admin/test-clock/advance): on in dev mode, tests and the sandbox
     * profile, and refused in prod, where it would let anyone bill a year of subscriptions in a minute.
     */
    @Produces
    @Singleton
    SandboxClock sandboxClock(@ConfigProperty(name = "gudok.test-clock.enabled", defaultValue = "false") boolean enabled) {
        refuseTestClockInProduction(enabled, ConfigUtils.getProfiles());
        return new SandboxClock(Clock.systemUTC());
    }

    static void refuseTestClockInProduction(boolean enabled, List<String> profiles) {
        if (enabled && profiles.contains("prod")) {
            throw new IllegalStateException("gudok.test-clock.enabled is refused in the prod profile; "
                    + "run a sandbox with -Dquarkus.profile=sandbox instead");
        }
    }

    @Produces
    @Singleton
    TestClock testClock(Instance<SandboxClock> sandboxClock, TestClockOffsets offsets, JobHorizon horizon,
                        SeparateTransaction transaction, BusinessCalendar calendar,
                        @ConfigProperty(name = "gudok.test-clock.enabled", defaultValue = "false") boolean enabled,
                        @ConfigProperty(name = "gudok.test-clock.step-timeout", defaultValue = "60S") Duration stepTimeout) {
        refuseTestClockInProduction(enabled, ConfigUtils.getProfiles());
        Executor background = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "test-clock-advance");
            thread.setDaemon(true);
            return thread;
        });
        return new TestClock(enabled ? sandboxClock.get() : null, offsets, horizon, transaction, calendar,
                stepTimeout, background);
    }

    @Produces
    @Singleton
    ApiKeyService apiKeys(ApiKeys keys, BusinessCalendar calendar) {
        return new ApiKeyService(keys, calendar);
    }

    @Produces
    @Singleton
    WebhookEndpointService webhookEndpoints(WebhookEndpoints endpoints, BusinessCalendar calendar,
                                            @ConfigProperty(name = "gudok.webhooks.allow-loopback-targets") boolean loopbackAllowed,
                                            @ConfigProperty(name = "gudok.webhooks.secret-overlap") java.time.Duration overlap) {
        return new WebhookEndpointService(endpoints, calendar, loopbackAllowed, overlap);
    }

    /** A job handler the runner adds itself, so typed without JobHandler (beans of that type join the runner too). */
    @Produces
    @Singleton
    @Typed({WebhookDispatchService.class, DispatchWebhooksUseCase.class, RecordAttemptUseCase.class})
    WebhookDispatchService webhookDispatch(WebhookEndpoints endpoints, WebhookMessages messages, JobBook jobBook,
                                           WebhookSender sender, BusinessCalendar calendar, domain.webhook.WebhookPayloads payloads,
                                           EventLog events,
                                           @ConfigProperty(name = "gudok.webhooks.retry-delays") List<Duration> delays,
                                           @ConfigProperty(name = "gudok.webhooks.hand-off") Duration handOff) {
        java.util.Random random = new java.security.SecureRandom();
        return new WebhookDispatchService(endpoints, messages, jobBook, sender, new WebhookRetrySchedule(delays, random::nextDouble),
                calendar, handOff, payloads, events);
    }

    /** A job handler the runner adds itself, so typed without JobHandler. */
    @Produces
    @Singleton
    @Typed({domain.notification.NotificationService.class, domain.notification.NotifySubscribersUseCase.class,
            domain.notification.RecordNotificationOutcomeUseCase.class})
    domain.notification.NotificationService notifications(domain.notification.Notifications notifications,
                                                          domain.notification.NotificationSends sends,
                                                          domain.notification.NotificationSettings settings,
                                                          domain.notification.Recipients recipients,
                                                          domain.billing.DueCharges charges, domain.wallet.Ledger ledger, BillingPolicy policy,
                                                          domain.notification.NotificationSender sender, JobBook jobBook, BusinessCalendar calendar,
                                                          @ConfigProperty(name = "gudok.notifications.quiet-from") java.time.LocalTime quietFrom,
                                                          @ConfigProperty(name = "gudok.notifications.quiet-until") java.time.LocalTime quietUntil,
                                                          @ConfigProperty(name = "gudok.notifications.retry-delays") List<Duration> delays,
                                                          @ConfigProperty(name = "gudok.notifications.hand-off") Duration handOff,
                                                          @ConfigProperty(name = "gudok.notifications.push.url") java.util.Optional<String> pushGateway) {
        // Push only where a push gateway is configured: otherwise every notification would carry a send that cannot go.
        java.util.Set<domain.notification.NotificationChannel> available = pushGateway.isPresent()
                ? java.util.EnumSet.allOf(domain.notification.NotificationChannel.class)
                : java.util.EnumSet.of(domain.notification.NotificationChannel.INBOX, domain.notification.NotificationChannel.EMAIL);
        return new domain.notification.NotificationService(notifications, sends, settings, recipients,
                new domain.notification.WalletShortfalls(charges, ledger, policy), sender, jobBook, calendar,
                new domain.notification.QuietHours(quietFrom, quietUntil), delays, handOff, available);
    }

    /** A job handler the runner adds itself, so typed without JobHandler. */
    @Produces
    @Singleton
    @Typed(domain.notification.DailyReminders.class)
    domain.notification.DailyReminders dailyReminders(domain.notification.Reminders reminders, domain.wallet.Ledger ledger,
                                                      domain.notification.NotifySubscribersUseCase notifications, BillingSchedule billing,
                                                      JobBook jobBook, BusinessCalendar calendar,
                                                      @ConfigProperty(name = "gudok.notifications.reminder-time") java.time.LocalTime at) {
        return new domain.notification.DailyReminders(reminders, ledger, notifications, billing, jobBook, calendar, at);
    }

    @Produces
    @Singleton
    domain.notification.SubscriberInboxService subscriberInbox(domain.notification.Notifications notifications,
                                                               domain.notification.NotificationSettings settings,
                                                               domain.account.CheckAccountUseCase accounts, BusinessCalendar calendar) {
        return new domain.notification.SubscriberInboxService(notifications, settings, accounts, calendar);
    }

    @Produces
    @Singleton
    domain.webhook.WebhookMessageService webhookMessages(WebhookEndpoints endpoints, WebhookMessages messages,
                                                         WebhookDispatchService dispatch) {
        return new domain.webhook.WebhookMessageService(endpoints, messages, dispatch);
    }

    @Produces
    @Singleton
    ShopRegistration shopRegistration(Shops shops, ApiKeyService keys, BusinessCalendar calendar, EventLog events) {
        return new ShopRegistration(shops, keys, calendar, events);
    }

    @Produces
    @Singleton
    CatalogService catalog(Products products, Plans plans, BusinessCalendar calendar, EventLog events) {
        return new CatalogService(products, plans, calendar, events);
    }

    @Produces
    @Singleton
    domain.classification.FilterService filters(domain.classification.Filters filters, domain.classification.Memberships memberships,
                                                domain.classification.TextAnalyzer analyzer, domain.classification.FilterTester tester,
                                                BusinessCalendar calendar, EventLog events) {
        return new domain.classification.FilterService(filters, memberships, analyzer, tester, calendar, events);
    }

    @Produces
    @Singleton
    domain.classification.ClassificationService classification(domain.classification.Classifier classifier,
                                                               domain.classification.ItemSource items, domain.classification.Filters filters,
                                                               domain.classification.Memberships memberships,
                                                               domain.shared.SeparateTransaction transactions, EventLog events,
                                                               BusinessCalendar calendar) {
        return new domain.classification.ClassificationService(classifier, items, filters, memberships, transactions, events, calendar);
    }

    @Produces
    @Singleton
    domain.classification.AlertMatchDescriptions alertMatchDescriptions(domain.classification.Filters filters,
                                                                        domain.classification.ItemSource items) {
        return new domain.classification.AlertMatchDescriptions(filters, items);
    }

    @Produces
    @Singleton
    domain.classification.ContentService content(domain.classification.ContentItems content, domain.shared.SeparateTransaction transactions) {
        return new domain.classification.ContentService(content, transactions);
    }

    @Produces
    @Singleton
    domain.classification.LogAlertService logAlerts(domain.classification.Classifier classifier, domain.classification.Filters filters,
                                                    domain.classification.Memberships memberships, domain.classification.LogRecords records,
                                                    domain.shared.SeparateTransaction transactions, EventLog events, BusinessCalendar calendar) {
        return new domain.classification.LogAlertService(classifier, filters, memberships, records, transactions, events, calendar);
    }

    /** What the subscription use cases share: built once, each use case below works through it. */
    @Produces
    @Singleton
    SubscriptionChanges subscriptionChanges(Subscriptions subscriptions, Deliveries deliveries, Plans plans,
                                            domain.subscription.SkippedDays skippedDays,
                                            BusinessCalendar calendar, JobBook jobBook, SubscriptionJobs subscriptionJobs,
                                            BillingSchedule billingSchedule, PaymentService paymentService, Payments payments,
                                            EventLog events,
                                            @ConfigProperty(name = "gudok.deliveries.upcoming", defaultValue = "3") int upcoming) {
        return new SubscriptionChanges(subscriptions, deliveries, plans, skippedDays, calendar, upcoming, jobBook, subscriptionJobs,
                new ScheduledSubscriptionBilling(billingSchedule, jobBook, calendar),
                new WalletSubscriptionPayments(paymentService, payments), events);
    }

    @Produces
    @Singleton
    SubscribeToPlan subscribeToPlan(SubscriptionChanges changes) {
        return new SubscribeToPlan(changes);
    }

    @Produces
    @Singleton
    ViewSubscriptions viewSubscriptions(SubscriptionChanges changes) {
        return new ViewSubscriptions(changes);
    }

    @Produces
    @Singleton
    PauseSubscription pauseSubscription(SubscriptionChanges changes) {
        return new PauseSubscription(changes);
    }

    @Produces
    @Singleton
    SkipDelivery skipDelivery(SubscriptionChanges changes) {
        return new SkipDelivery(changes);
    }

    @Produces
    @Singleton
    domain.subscription.UnskipDelivery unskipDelivery(SubscriptionChanges changes) {
        return new domain.subscription.UnskipDelivery(changes);
    }

    @Produces
    @Singleton
    domain.subscription.ChangeAddress changeAddress(SubscriptionChanges changes) {
        return new domain.subscription.ChangeAddress(changes);
    }

    @Produces
    @Singleton
    RescheduleDelivery rescheduleDelivery(SubscriptionChanges changes) {
        return new RescheduleDelivery(changes);
    }

    @Produces
    @Singleton
    ChangeSubscription changeSubscription(SubscriptionChanges changes) {
        return new ChangeSubscription(changes);
    }

    @Produces
    @Singleton
    CancelSubscription cancelSubscription(SubscriptionChanges changes) {
        return new CancelSubscription(changes);
    }

    @Produces
    @Singleton
    RenewRental renewRental(SubscriptionChanges changes) {
        return new RenewRental(changes);
    }

    @Produces
    @Singleton
    EndRental endRental(SubscriptionChanges changes) {
        return new EndRental(changes);
    }

    @Produces
    @Singleton
    DispatchDelivery dispatchDelivery(SubscriptionChanges changes) {
        return new DispatchDelivery(changes);
    }

    @Produces
    @Singleton
    SettleDeliveryPayment settleDeliveryPayment(SubscriptionChanges changes) {
        return new SettleDeliveryPayment(changes);
    }

    @Produces
    @Singleton
    SuspendRental suspendRental(SubscriptionChanges changes) {
        return new SuspendRental(changes);
    }

    @Produces
    @Singleton
    SubscriptionJobs subscriptionJobs(@ConfigProperty(name = "gudok.deliveries.dispatch-time", defaultValue = "00:00") LocalTime dispatchTime) {
        return new SubscriptionJobs(dispatchTime);
    }

    @Produces
    @Singleton
    BillingSchedule billingSchedule(@ConfigProperty(name = "gudok.billing.time", defaultValue = "09:00") LocalTime time,
                                    @ConfigProperty(name = "gudok.billing.days-before", defaultValue = "1") int daysBefore) {
        return new BillingSchedule(time, daysBefore);
    }

    @Produces
    @Singleton
    @Typed({BillingService.class, PayDeliveryUseCase.class, RunBillingUseCase.class})
    BillingService billing(DueCharges charges, Ledger ledger, Payments payments, Commissions commissions,
                           PaymentService paymentService, TopUpService topUps, SettleDeliveryPaymentUseCase subscriptions,
                           SubscriptionJobs subscriptionJobs, JobBook jobBook, BusinessCalendar calendar, BillingSchedule schedule,
                           BillingPolicy policy, EventLog events) {
        return new BillingService(charges, ledger, payments, commissions, paymentService, subscriptions, subscriptionJobs,
                jobBook, calendar, schedule, policy, events);
    }

    @Produces
    @Singleton
    BillingPolicy billingPolicy(@ConfigProperty(name = "gudok.billing.retry-delays", defaultValue = "P1D,P2D,P3D") List<Duration> retryDelays,
                                @ConfigProperty(name = "gudok.billing.unpaid-cycles-to-suspend", defaultValue = "2") int unpaidToSuspend,
                                @ConfigProperty(name = "gudok.billing.batch-size", defaultValue = "500") int batchSize) {
        return new BillingPolicy(retryDelays, unpaidToSuspend, batchSize);
    }

    @Produces
    @Singleton
    @Typed(RentalFees.class) // the runner adds it to the handlers itself
    RentalFees rentalFees(Subscriptions subscriptions, PaymentService payments, SuspendRentalUseCase suspensions,
                          DueCharges records, domain.billing.RentalMonths months, JobBook jobBook, BusinessCalendar calendar,
                          BillingSchedule schedule, BillingPolicy policy) {
        return new RentalFees(subscriptions, payments, suspensions, records, months, jobBook, calendar, schedule, policy);
    }

    @Produces
    @Singleton
    JobBook jobBook(Jobs jobs, BusinessCalendar calendar) {
        return new JobBook(jobs, calendar);
    }

    @Produces
    @Singleton
    @Typed(Canaries.class) // the runner adds it to the handlers itself
    Canaries canaries(Jobs jobs, CanaryFirings firings, BusinessCalendar calendar) {
        return new Canaries(jobs, firings, calendar);
    }

    /** Runs the jobs of every context; handlers declared as beans (none in production) join the domain's own. */
    @Produces
    @Singleton
    JobRunner jobRunner(Jobs jobs, BusinessCalendar calendar, DispatchDelivery dispatch, PauseSubscription pauses,
                        EndRental rentalEnds, TopUpService topUps,
                        TopUpRefundService topUpRefunds, RentalFees rentalFees,
                        BillingService billing, Canaries canaries,
                        IdempotencyKeyPurge idempotencyKeyPurge, WebhookDispatchService webhooks,
                        domain.notification.NotificationService notifications, domain.notification.DailyReminders reminders,
                        Instance<JobHandler> beanHandlers,
                        @ConfigProperty(name = "gudok.scheduling.max-attempts", defaultValue = "5") int maxAttempts,
                        @ConfigProperty(name = "gudok.scheduling.first-backoff", defaultValue = "10S") Duration firstBackoff,
                        @ConfigProperty(name = "gudok.scheduling.max-backoff", defaultValue = "1H") Duration maxBackoff,
                        @ConfigProperty(name = "gudok.scheduling.lost-after", defaultValue = "1M") Duration lostAfter,
                        @ConfigProperty(name = "gudok.scheduling.money.max-attempts", defaultValue = "30") int moneyAttempts,
                        @ConfigProperty(name = "gudok.scheduling.money.first-backoff", defaultValue = "1M") Duration moneyFirstBackoff,
                        @ConfigProperty(name = "gudok.scheduling.money.max-backoff", defaultValue = "6H") Duration moneyMaxBackoff) {
        List<JobHandler> handlers = new ArrayList<>(List.of(dispatch.handler(), pauses.handler(), rentalEnds.handler()));
        handlers.add(topUps);
        handlers.add(topUpRefunds);
        handlers.addAll(billing.handlers());
        handlers.add(rentalFees);
        handlers.add(canaries);
        handlers.add(idempotencyKeyPurge);
        handlers.add(webhooks);
        handlers.add(notifications);
        handlers.add(reminders);
        beanHandlers.forEach(handlers::add);
        // Settling money with the gateway waits out an outage (by default 30 attempts, up to 6 h apart: about 5.5
        // days) rather than leaving captured money or a debited wallet PENDING after a few minutes.
        RetryPolicy money = new RetryPolicy(moneyAttempts, moneyFirstBackoff, moneyMaxBackoff);
        java.util.Map<domain.scheduling.JobType, RetryPolicy> byType = java.util.Map.of(TopUpService.SETTLE, money,
                TopUpRefundService.SETTLE, money);
        return new JobRunner(jobs, handlers, calendar, new RetryPolicy(maxAttempts, firstBackoff, maxBackoff), byType, lostAfter);
    }

    /** Not a domain service but the adapters' own job (HTTP idempotency keys), run by the same scheduler. */
    @Produces
    @Singleton
    @Typed(IdempotencyKeyPurge.class) // the runner adds it to the handlers itself
    IdempotencyKeyPurge idempotencyKeyPurge(IdempotentRequests requests, JobBook jobBook, BusinessCalendar calendar,
                                            @ConfigProperty(name = "gudok.idempotency.retention", defaultValue = "24H") Duration retention,
                                            @ConfigProperty(name = "gudok.idempotency.purge-time", defaultValue = "04:00") LocalTime at) {
        return new IdempotencyKeyPurge(requests, jobBook, calendar, Clock.systemUTC(), retention, at);
    }

    @Produces
    @Singleton
    JobAdministration jobAdministration(Jobs jobs, BusinessCalendar calendar) {
        return new JobAdministration(jobs, calendar);
    }

    @Produces
    @Singleton
    FundingSourceService fundingSources(FundingSources sources, PaymentGateway gateway, BusinessCalendar calendar) {
        return new FundingSourceService(sources, gateway, calendar);
    }

    @Produces
    @Singleton
    @Typed({TopUpService.class, TopUpUseCase.class}) // the runner adds it to the handlers itself
    TopUpService topUps(FundingSources sources, TopUps topUps, Ledger ledger, PaymentGateway gateway, JobBook jobBook,
                        SeparateTransaction separately, BusinessCalendar calendar, EventLog events,
                        @ConfigProperty(name = "gudok.wallet.settle-after", defaultValue = "2M") Duration settleAfter,
                        @ConfigProperty(name = "gudok.idempotency.retention") Duration requestKeyRetention) {
        return new TopUpService(sources, topUps, ledger, gateway, jobBook, separately, calendar, settleAfter, requestKeyRetention,
                events);
    }

    @Produces
    @Singleton
    @Typed({TopUpRefundService.class, RefundTopUpUseCase.class}) // the runner adds it to the handlers itself
    TopUpRefundService topUpRefunds(TopUps topUps, TopUpRefunds refunds, Ledger ledger, PaymentGateway gateway, JobBook jobBook,
                                    SeparateTransaction separately, BusinessCalendar calendar,
                                    @ConfigProperty(name = "gudok.wallet.settle-after", defaultValue = "2M") Duration settleAfter,
                                    @ConfigProperty(name = "gudok.idempotency.retention") Duration requestKeyRetention) {
        return new TopUpRefundService(topUps, refunds, ledger, gateway, jobBook, separately, calendar, settleAfter,
                requestKeyRetention);
    }

    @Produces
    @Singleton
    PaymentService payments(Ledger ledger, Payments payments, Commissions commissions, TopUpService topUps, BusinessCalendar calendar,
                            EventLog events) {
        return new PaymentService(ledger, payments, commissions, topUps, calendar, events);
    }

    @Produces
    @Singleton
    WalletService wallets(Ledger ledger, FundingSources sources, Commissions commissions, Settlements settlements) {
        return new WalletService(ledger, sources, commissions, settlements);
    }

    /** Closing an account, and the check of what a closed account may no longer start. */
    @Produces
    @Singleton
    domain.account.CloseAccount closeAccount(domain.account.ClosedAccounts closed, domain.account.PersonalData personalData,
                                             Subscriptions subscriptions, Ledger ledger, domain.shared.EventLog events,
                                             BusinessCalendar calendar) {
        return new domain.account.CloseAccount(closed, personalData, subscriptions, ledger, events, calendar);
    }

    @Produces
    @Singleton
    FulfilmentService fulfilment(Deliveries deliveries, BusinessCalendar calendar, EventLog events) {
        return new FulfilmentService(deliveries, calendar, events);
    }
}

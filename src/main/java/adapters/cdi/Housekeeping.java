package adapters.cdi;

import adapters.IdempotencyKeyPurge;
import domain.billing.BillingService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the recurring housekeeping jobs scheduled: at start-up (after the schema migration, which
 * observes first) and every hour, so a database that was down or a run that was parked does not end
 * them. Asking again is free: the next run's key is taken while it is live.
 */
@ApplicationScoped
public class Housekeeping {
    private static final Logger LOG = Logger.getLogger(Housekeeping.class);

    private final IdempotencyKeyPurge purge;
    private final BillingService billing;
    private final domain.webhook.DispatchWebhooksUseCase webhooks;
    private final domain.notification.RecordNotificationOutcomeUseCase notifications;
    private final domain.notification.DailyReminders reminders;
    private ScheduledExecutorService timer;

    Housekeeping(IdempotencyKeyPurge purge, BillingService billing, domain.webhook.DispatchWebhooksUseCase webhooks,
                 domain.notification.RecordNotificationOutcomeUseCase notifications, domain.notification.DailyReminders reminders) {
        this.purge = purge;
        this.billing = billing;
        this.webhooks = webhooks;
        this.notifications = notifications;
        this.reminders = reminders;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "housekeeping");
            thread.setDaemon(true);
            return thread;
        });
        ensureScheduled();
        timer.scheduleWithFixedDelay(this::ensureScheduled, 1, 1, TimeUnit.HOURS);
        timer.scheduleWithFixedDelay(this::resendLostWebhooks, 30, 30, TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::resendLostNotifications, 30, 30, TimeUnit.SECONDS);
    }

    /** Emails and push messages handed to a sender that died before recording them are sent again. */
    private void resendLostNotifications() {
        try {
            int resent = QuarkusTransaction.requiringNew().call(notifications::resendLostHandOffs);
            if (resent > 0) LOG.infof("%d notification attempts were lost with their sender and are made again", resent);
        } catch (RuntimeException e) {
            LOG.warnf("could not look for lost notification attempts; trying again in 30 s: %s", e.getMessage());
        }
    }

    /** Webhook attempts handed to a sender that died before recording them are made again. */
    private void resendLostWebhooks() {
        try {
            int resent = QuarkusTransaction.requiringNew().call(webhooks::resendLostHandOffs);
            if (resent > 0) LOG.infof("%d webhook attempts were lost with their sender and are made again", resent);
        } catch (RuntimeException e) {
            LOG.warnf("could not look for lost webhook attempts; trying again in 30 s: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer != null) timer.shutdownNow();
    }

    private void ensureScheduled() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                purge.ensureScheduled();
                billing.ensureDailyRun();
                reminders.ensureScheduled();
            });
        } catch (RuntimeException e) {
            LOG.warnf("could not schedule the idempotency-key purge, the billing run and the reminders; trying again in an hour: %s", e.getMessage());
        }
    }
}

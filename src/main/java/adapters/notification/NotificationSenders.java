package adapters.notification;

import domain.notification.NotificationChannel;
import domain.notification.NotificationSender;
import domain.notification.RecordNotificationOutcomeUseCase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends the emails and push messages handed over, once their transaction commits, on a small pool of its own (so no
 * row lock is held while a mail server or the push gateway is asked), and records each outcome in a transaction of
 * its own. A hand-off it has no room for, or that dies with the process, lapses and is made again by the sweep.
 */
@ApplicationScoped
public class NotificationSenders implements NotificationSender {
    private static final Logger LOG = Logger.getLogger(NotificationSenders.class);

    private final RecordNotificationOutcomeUseCase recorder;
    private final TransactionSynchronizationRegistry transactions;
    private final EmailSender email;
    private final PushGatewaySender push;
    private final ExecutorService pool;
    /** How long a send may wait in the queue: past it, its hand-off may lapse before it is recorded. */
    private final java.time.Duration longestWait;

    NotificationSenders(RecordNotificationOutcomeUseCase recorder, TransactionSynchronizationRegistry transactions, EmailSender email,
                        PushGatewaySender push, @ConfigProperty(name = "gudok.notifications.senders") int senders,
                        @ConfigProperty(name = "gudok.notifications.queue") int queue,
                        @ConfigProperty(name = "gudok.notifications.push.timeout") java.time.Duration timeout,
                        @ConfigProperty(name = "gudok.notifications.hand-off") java.time.Duration handOff) {
        this.longestWait = handOff.minus(timeout.multipliedBy(2));
        if (longestWait.isNegative() || longestWait.isZero()) {
            throw new IllegalStateException("gudok.notifications.hand-off (" + handOff + ") must be longer than twice gudok.notifications.push.timeout ("
                    + timeout + ")");
        }
        this.recorder = recorder;
        this.transactions = transactions;
        this.email = email;
        this.push = push;
        this.pool = new ThreadPoolExecutor(senders, senders, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(queue), runnable -> {
            Thread thread = new Thread(runnable, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }

    @Override
    public void sendAfterCommit(OutgoingNotification notification) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            enqueue(notification);
            return;
        }
        if (status != Status.STATUS_ACTIVE) return; // rolling back: the hand-off goes with it, the job runs again
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() { }

            @Override
            public void afterCompletion(int completed) {
                if (completed == Status.STATUS_COMMITTED) enqueue(notification);
            }
        });
    }

    private void enqueue(OutgoingNotification notification) {
        try {
            long queued = System.nanoTime();
            pool.execute(() -> send(notification, queued));
        } catch (RejectedExecutionException full) {
            LOG.debugf("%s: no room to send it now; it is made again when its hand-off lapses", notification);
        }
    }

    private void send(OutgoingNotification notification, long queued) {
        // Waited in the queue until its hand-off (nearly) lapsed: the sweep makes it again, so sending it too would send twice.
        // (Measured on this process's own clock: the hand-off's mark is on the business clock, which a test clock moves.)
        if (java.time.Duration.ofNanos(System.nanoTime() - queued).compareTo(longestWait) >= 0) {
            LOG.debugf("%s waited too long to be sent; the sweep makes it again", notification);
            return;
        }
        ChannelSender channel = notification.channel() == NotificationChannel.EMAIL ? email : push;
        SendOutcome outcome;
        try {
            outcome = channel.send(notification);
        } catch (RuntimeException unexpected) {
            outcome = SendOutcome.failed("not sent: " + unexpected);
        }
        SendOutcome result = outcome;
        try {
            QuarkusTransaction.requiringNew().run(() -> recorder.record(notification.sendId(), notification.attempt(), notification.handOff(), result));
        } catch (RuntimeException e) {
            LOG.warnf("%s could not be recorded (%s); it is made again when its hand-off lapses", notification, e.getMessage());
        }
    }
}

package adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import domain.scheduling.Job;
import domain.scheduling.Jobs;
import domain.scheduling.JobsRecorded;
import domain.scheduling.RunJobsUseCase;
import domain.shared.BusinessCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Carries jobs through RabbitMQ. A relay thread sends the jobs recorded in PostgreSQL (the outbox) into
 * the delay tiers, waits for RabbitMQ's publisher confirms, and only then marks them sent; it wakes
 * when a transaction that recorded jobs commits, and otherwise every second, so jobs recorded by a
 * process that died before sending, or while RabbitMQ was down, are sent as soon as it can. Consumers
 * on the ready queue run the due jobs.
 */
@ApplicationScoped
public class RabbitJobQueue {
    private static final Logger LOG = Logger.getLogger(RabbitJobQueue.class);
    private static final int BATCH = 500;
    private static final Duration SWEEP_EVERY = Duration.ofSeconds(10);
    private static final long COALESCE_MILLIS = 20;

    private final Jobs jobs;
    private final RunJobsUseCase runner;
    private final BusinessCalendar calendar;
    private final SchedulingMetrics metrics;
    private final SchedulingTopology topology;
    private final ConnectionFactory factory;
    private final boolean enabled;
    private final int workerCount;
    private final int prefetch;
    private final Semaphore wake = new Semaphore(0);

    private volatile boolean running;
    private Thread relay;
    private ExecutorService workers;
    private ScheduledExecutorService timer;
    private Connection connection;
    private Channel publisher;
    private Channel consuming;
    private Instant lastSweep = Instant.EPOCH;
    private String lastProblem;

    RabbitJobQueue(Jobs jobs, RunJobsUseCase runner, BusinessCalendar calendar, SchedulingMetrics metrics,
                   RabbitMqSettings settings,
                   @ConfigProperty(name = "gudok.scheduling.enabled", defaultValue = "true") boolean enabled,
                   @ConfigProperty(name = "gudok.scheduling.topology-prefix", defaultValue = "gudok") String prefix,
                   @ConfigProperty(name = "gudok.scheduling.workers", defaultValue = "16") int workers,
                   @ConfigProperty(name = "gudok.scheduling.prefetch", defaultValue = "5000") int prefetch,
                   @ConfigProperty(name = "gudok.scheduling.delivery-limit", defaultValue = "20") int deliveryLimit) {
        this.jobs = jobs;
        this.runner = runner;
        this.calendar = calendar;
        this.metrics = metrics;
        this.enabled = enabled;
        this.workerCount = workers;
        this.prefetch = prefetch;
        this.topology = new SchedulingTopology(prefix, deliveryLimit);
        this.factory = settings.connectionFactory();
        factory.setConnectionTimeout(3_000);
        factory.setRequestedHeartbeat(10);
        // Reconnection is the relay's: after a broken connection it connects again, declares the topology
        // and starts the consumers afresh, the same way as at start-up.
        factory.setAutomaticRecoveryEnabled(false);
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) return;
        running = true;
        workers = Executors.newFixedThreadPool(workerCount, named("job-worker"));
        timer = Executors.newSingleThreadScheduledExecutor(named("job-timer"));
        relay = named("job-relay").newThread(this::relayLoop);
        relay.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (relay != null) relay.interrupt();
        try {
            if (connection != null) connection.close(2_000);
        } catch (Exception ignored) {
            // shutting down anyway
        }
        if (timer != null) timer.shutdownNow();
        if (workers != null) workers.shutdownNow();
    }

    /** A transaction that recorded jobs committed: send them now rather than at the next tick. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobsRecorded recorded) {
        metrics.scheduled(recorded.count());
        wake.release();
    }

    SchedulingTopology topology() {
        return topology;
    }

    private void relayLoop() {
        while (running) {
            try {
                connectIfNeeded();
                int sent;
                do {
                    sent = sendBatch();
                } while (sent == BATCH && running);
                sweepIfDue();
                lastProblem = null;
                if (wake.tryAcquire(1, TimeUnit.SECONDS)) {
                    // Let the commits of the next few milliseconds join this batch: one claim, one
                    // confirm round-trip for many jobs instead of one for each subscribe.
                    Thread.sleep(COALESCE_MILLIS);
                }
                wake.drainPermits();
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                String problem = describe(e);
                if (!problem.equals(lastProblem)) {
                    LOG.warnf("job relay: %s; unsent jobs stay in the database and are sent when this clears", problem);
                    lastProblem = problem;
                }
                sleepQuietly(1_000);
            }
        }
    }

    private void connectIfNeeded() throws Exception {
        if (connection != null && connection.isOpen()) {
            // waitForConfirmsOrDie closes the channel on a nack or a time-out.
            if (!publisher.isOpen()) {
                publisher = connection.createChannel();
                publisher.confirmSelect();
            }
            // RabbitMQ closes a consuming channel that broke a rule (for example its consumer time-out).
            if (!consuming.isOpen()) {
                LOG.warn("the job consumers' channel closed; consuming again");
                consuming = startConsuming(connection);
            }
            return;
        }
        if (connection != null) {
            LOG.warn("job scheduler lost its RabbitMQ connection; reconnecting");
            connection.abort();
            connection = null;
        }
        Connection opened = factory.newConnection("gudok-scheduler");
        try {
            Channel setup = opened.createChannel();
            topology.declare(setup);
            setup.close();
            consuming = startConsuming(opened);
            Channel confirms = opened.createChannel();
            confirms.confirmSelect();
            publisher = confirms;
            connection = opened;
            LOG.infof("job scheduler connected to RabbitMQ: %d workers on %s", workerCount, topology.readyQueue());
        } catch (Exception e) {
            opened.abort();
            throw e;
        }
    }

    private Channel startConsuming(Connection on) throws java.io.IOException {
        Channel channel = on.createChannel();
        channel.basicQos(prefetch);
        channel.basicConsume(topology.readyQueue(), false, "gudok-jobs", new DueJobConsumer(channel, runner, metrics, timer, workers, calendar));
        return channel;
    }

    /** Sends one batch of unsent jobs; they are marked sent only once RabbitMQ confirmed every message. */
    private int sendBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Job> unsent = jobs.claimUnsent(BATCH);
            if (unsent.isEmpty()) return 0;
            Instant now = calendar.now();
            List<Job> published = new ArrayList<>(unsent.size());
            for (Job job : unsent) {
                String routingKey = DelayTiers.routingKey(Duration.between(now, job.dueAt()));
                AMQP.BasicProperties properties = new AMQP.BasicProperties.Builder()
                        .deliveryMode(2).contentType("text/plain").messageId(job.id() + "/" + job.generation())
                        .timestamp(java.util.Date.from(now))
                        .headers(Map.of("gudok-job-type", job.type().name()))
                        .build();
                publisher.basicPublish(topology.entryExchange(), routingKey, properties,
                        new JobMessage(job.id(), job.generation(), job.dueAt()).toBytes());
                published.add(job);
            }
            publisher.waitForConfirmsOrDie(10_000);
            jobs.markSent(published, calendar.now());
            metrics.sent(published.size());
            return published.size();
        });
    }

    /** Sends again, now and then, the jobs whose message never arrived (a queue purged, a message parked). */
    private void sweepIfDue() {
        Instant now = Instant.now();
        if (Duration.between(lastSweep, now).compareTo(SWEEP_EVERY) < 0) return;
        lastSweep = now;
        // In batches until none is left: a job sent again is unsent until the relay has sent it, so this ends.
        int resent;
        do {
            resent = QuarkusTransaction.requiringNew().call(runner::resendOverdue);
            if (resent > 0) LOG.warnf("re-sent %d overdue jobs whose messages did not arrive", resent);
        } while (resent > 0 && running);
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

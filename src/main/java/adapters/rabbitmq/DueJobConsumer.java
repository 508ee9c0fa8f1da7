package adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import domain.scheduling.RunJobsUseCase;
import domain.scheduling.RunOutcome;
import domain.shared.BusinessCalendar;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Takes due messages off the ready queue and runs their jobs on a pool of workers. A message that arrives
 * before its due time (the delay tiers wait whole seconds, rounded down) is held until then. The message
 * is acknowledged only after the transaction that ran the job (or counted its failure) has committed;
 * if the process dies first, RabbitMQ delivers it again and the job's state makes the second run do nothing.
 */
final class DueJobConsumer extends DefaultConsumer {
    private static final Logger LOG = Logger.getLogger(DueJobConsumer.class);
    private static final long DATABASE_DOWN_PAUSE_MILLIS = 2_000;
    static final Duration LONGEST_HOLD = Duration.ofMillis(DelayTiers.LEAD_MILLIS + DelayTiers.UNIT_MILLIS).plusSeconds(5);

    private final RunJobsUseCase runner;
    private final SchedulingMetrics metrics;
    private final ScheduledExecutorService timer;
    private final ExecutorService workers;
    private final BusinessCalendar calendar;

    DueJobConsumer(Channel channel, RunJobsUseCase runner, SchedulingMetrics metrics,
                   ScheduledExecutorService timer, ExecutorService workers, BusinessCalendar calendar) {
        super(channel);
        this.calendar = calendar;
        this.runner = runner;
        this.metrics = metrics;
        this.timer = timer;
        this.workers = workers;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
            throws IOException {
        long tag = envelope.getDeliveryTag();
        JobMessage message = JobMessage.parse(body);
        if (message == null) {
            // Not one of ours: rejected without requeue, it is dead-lettered to the parked queue.
            metrics.poison();
            synchronized (getChannel()) {
                getChannel().basicReject(tag, false);
            }
            return;
        }
        Runnable run = () -> run(tag, message);
        Duration early = Duration.between(calendar.now(), message.dueAt());
        // The tiers deliver a message at most a lead time and one unit early; one due much later (beyond
        // the longest tier, or a clock far off) runs now, and the runner sends the job again for the rest
        // instead of a message held for days, which RabbitMQ's consumer time-out would close the channel over.
        if (early.compareTo(Duration.ZERO) > 0 && early.compareTo(LONGEST_HOLD) <= 0) {
            timer.schedule(() -> workers.execute(run), early.toNanos(), TimeUnit.NANOSECONDS);
        } else {
            workers.execute(run);
        }
    }

    private void run(long tag, JobMessage message) {
        try {
            RunOutcome outcome;
            long started = System.nanoTime();
            try {
                outcome = QuarkusTransaction.requiringNew().call(() -> runner.run(message.jobId(), message.generation()));
                metrics.ran(outcome, Duration.ofNanos(System.nanoTime() - started));
            } catch (RuntimeException failure) {
                try {
                    outcome = QuarkusTransaction.requiringNew()
                            .call(() -> runner.recordFailure(message.jobId(), message.generation(), describe(failure)));
                } catch (RuntimeException cannotRecord) {
                    // The database is unreachable: put the message back after a pause. The ready queue's delivery
                    // limit parks it if this goes on, and the overdue sweep sends the job again later.
                    LOG.warnf("job %s could not run or record its failure; returned to the queue: %s",
                            message.jobId(), cannotRecord.getMessage());
                    pause();
                    synchronized (getChannel()) {
                        getChannel().basicNack(tag, false, true);
                    }
                    return;
                }
            }
            metrics.outcome(outcome);
            synchronized (getChannel()) {
                getChannel().basicAck(tag, false);
            }
        } catch (IOException | RuntimeException e) {
            // The channel closed meanwhile: RabbitMQ delivers the message again, and a job that ran does nothing.
            LOG.debugf("job %s: could not acknowledge its message: %s", message.jobId(), e.getMessage());
        } catch (Error e) {
            LOG.errorf(e, "job %s: the worker failed; the message goes back to the queue", message.jobId());
            try {
                synchronized (getChannel()) {
                    getChannel().basicNack(tag, false, true);
                }
            } catch (IOException | RuntimeException ignored) {
                // the channel is gone: RabbitMQ delivers the message again anyway
            }
        }
    }
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        String text = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return cause == failure ? text : failure.getClass().getSimpleName() + " caused by " + text;
    }

    private static void pause() {
        try {
            Thread.sleep(DATABASE_DOWN_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

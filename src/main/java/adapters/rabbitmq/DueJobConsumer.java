package adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import domain.scheduling.RunJobsUseCase;
import domain.scheduling.RunOutcome;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import org.jboss.logging.Logger;

/**
 * Takes due messages off the ready queue and runs their jobs. The message is acknowledged only after
 * the transaction that ran the job (or counted its failure) has committed; if the process dies first,
 * RabbitMQ delivers it again and the job's state makes the second run do nothing.
 */
final class DueJobConsumer extends DefaultConsumer {
    private static final Logger LOG = Logger.getLogger(DueJobConsumer.class);
    private static final long DATABASE_DOWN_PAUSE_MILLIS = 2_000;

    private final RunJobsUseCase runner;
    private final SchedulingMetrics metrics;

    DueJobConsumer(Channel channel, RunJobsUseCase runner, SchedulingMetrics metrics) {
        super(channel);
        this.runner = runner;
        this.metrics = metrics;
    }

    @Override
    public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties, byte[] body)
            throws IOException {
        long tag = envelope.getDeliveryTag();
        JobMessage message = JobMessage.parse(body);
        if (message == null) {
            // Not one of ours: rejected without requeue, it is dead-lettered to the parked queue.
            metrics.poison();
            getChannel().basicReject(tag, false);
            return;
        }
        RunOutcome outcome;
        try {
            outcome = QuarkusTransaction.requiringNew().call(() -> runner.run(message.jobId(), message.generation()));
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
                getChannel().basicNack(tag, false, true);
                return;
            }
        }
        metrics.outcome(outcome);
        getChannel().basicAck(tag, false);
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

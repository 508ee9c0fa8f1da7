package adapters.kafka;

import adapters.EventOutbox;
import adapters.EventOutbox.RecordedEvent;
import adapters.EventsRecorded;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox's events to Kafka as CloudEvents (binary mode, {@link CloudEventRecords}) through the
 * {@link EventProducer} ({@code acks=all}, idempotent). One instance relays at a
 * time (the outbox's lease), in position order, so one subject's events reach its partition in the order they
 * were committed. An event is marked published only once Kafka acknowledged it; a crash in between publishes it
 * again (consumers drop the repeat by its id). The relay wakes when a transaction that recorded events commits,
 * and otherwise polls.
 */
@ApplicationScoped
public class EventRelay {
    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    private final EventOutbox outbox;
    private final adapters.Inbox inbox;
    private final Duration topicRetention;
    private final EventProducer producer;
    private final EventTopics topics;
    private final EventMetrics metrics;
    private final Clock clock = Clock.systemUTC();
    private final boolean enabled;
    private final int batchSize;
    private final Duration pollEvery;
    private final Duration retention;
    private final Semaphore wake = new Semaphore(0);

    private volatile boolean running;
    private Thread relay;
    private Instant lastPurge = Instant.EPOCH;
    private Instant lastBacklog = Instant.EPOCH;
    private String lastProblem;

    EventRelay(EventOutbox outbox, adapters.Inbox inbox,
               @ConfigProperty(name = "gudok.events.topics.retention", defaultValue = "30d") Duration topicRetention,
               EventProducer producer,
               EventTopics topics, EventMetrics metrics,
               @ConfigProperty(name = "gudok.events.relay.enabled", defaultValue = "true") boolean enabled,
               @ConfigProperty(name = "gudok.events.relay.batch-size", defaultValue = "2000") int batchSize,
               @ConfigProperty(name = "gudok.events.relay.poll-every", defaultValue = "100ms") Duration pollEvery,
               @ConfigProperty(name = "gudok.events.outbox.retention", defaultValue = "7d") Duration retention) {
        this.outbox = outbox;
        this.inbox = inbox;
        this.topicRetention = topicRetention;
        this.producer = producer;
        this.topics = topics;
        this.metrics = metrics;
        this.enabled = enabled;
        this.batchSize = batchSize;
        this.pollEvery = pollEvery;
        this.retention = retention;
    }

    void onStart(@Observes StartupEvent event) {
        if (!enabled) return;
        running = true;
        relay = new Thread(this::relayLoop, "event-relay");
        relay.setDaemon(true);
        relay.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        running = false;
        if (relay != null) {
            relay.interrupt();
            try {
                relay.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        outbox.stepDown();
    }

    /** A transaction that recorded events committed: publish them now rather than at the next poll. */
    void onRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsRecorded recorded) {
        metrics.recorded(recorded.count());
        wake.release();
    }

    private void relayLoop() {
        while (running) {
            try {
                if (!topics.ensured() || !outbox.leadRelay()) {
                    pause(Duration.ofSeconds(1));
                    continue;
                }
                publishAll();
                housekeeping();
                lastProblem = null;
                pause(pollEvery);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                metrics.publishFailed();
                String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (!problem.equals(lastProblem)) {
                    LOG.warnf("event relay: %s; unpublished events stay in the outbox and are published when this clears", problem);
                    lastProblem = problem;
                }
                try {
                    pause(Duration.ofSeconds(1));
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void pause(Duration atMost) throws InterruptedException {
        wake.tryAcquire(atMost.toMillis(), TimeUnit.MILLISECONDS);
        wake.drainPermits();
    }

    /**
     * Publishes what is unpublished, batch after batch, until a batch comes back short. The next
     * batch is read and sent while Kafka acknowledges the one before (the producer keeps their order on each
     * partition); a batch is marked published once Kafka acknowledged it. On a failure nothing more is sent: what
     * was acknowledged is marked, the rest stays unpublished and the next round sends it again, from the lowest.
     */
    void publishAll() throws Exception {
        List<RecordedEvent> batch = outbox.unpublished(batchSize, 0);
        if (batch.isEmpty()) return;
        InFlight current = sendAll(batch);
        while (true) {
            InFlight next = null;
            if (current.batch.size() == batchSize && running) {
                List<RecordedEvent> following = outbox.unpublished(batchSize, current.batch.get(current.batch.size() - 1).position());
                if (!following.isEmpty()) next = sendAll(following);
            }
            Exception failure = settle(current);
            if (failure != null) {
                if (next != null) settle(next);
                throw failure;
            }
            if (next == null) return;
            current = next;
        }
    }

    private record InFlight(List<RecordedEvent> batch, List<CompletableFuture<Long>> acks) { }

    /**
     * Sends a batch, and stops at a send the producer refused at once (its buffer full for longer than
     * {@code max.block.ms}, no metadata): an event after it, perhaps of the same subject, must not reach Kafka
     * before it. What was sent is the batch in flight; the refusal fails it, and the next round starts from there.
     */
    private InFlight sendAll(List<RecordedEvent> batch) {
        List<CompletableFuture<Long>> acks = new ArrayList<>(batch.size());
        for (RecordedEvent event : batch) {
            CompletableFuture<Long> ack = send(event);
            acks.add(ack);
            if (refusedAtOnce(ack)) break;
        }
        return new InFlight(batch.subList(0, acks.size()), acks);
    }

    private static boolean refusedAtOnce(CompletableFuture<Long> ack) {
        if (!ack.isCompletedExceptionally()) return false;
        try {
            ack.join();
            return false;
        } catch (java.util.concurrent.CompletionException refused) {
            return !neverPublishable(refused.getCause()); // a parked event holds nothing back
        }
    }

    /** Waits for a batch's acknowledgements and marks published those that came; the first failure, if any. */
    private Exception settle(InFlight inFlight) throws InterruptedException {
        List<Long> acknowledged = new ArrayList<>(inFlight.batch.size());
        Exception failure = null;
        for (int i = 0; i < inFlight.acks.size(); i++) {
            try {
                acknowledged.add(awaitAck(inFlight.acks.get(i)));
            } catch (java.util.concurrent.ExecutionException e) {
                if (neverPublishable(e.getCause())) {
                    RecordedEvent event = inFlight.batch.get(i);
                    LOG.errorf("event relay: parked event %s (%s of %s): %s", event.id(), event.type(), event.subject(), e.getCause());
                    outbox.park(event.position(), String.valueOf(e.getCause()), clock.instant());
                    metrics.parked();
                } else if (failure == null) {
                    failure = e;
                }
            }
        }
        Instant now = clock.instant();
        outbox.markPublished(acknowledged, now);
        metrics.published(inFlight.batch, acknowledged.size(), now);
        return failure;
    }

    /**
     * Waits as long as it takes: the producer never gives a send up (its delivery time-out is unbounded), so an
     * event sent before another of its subject is always acknowledged first, however long Kafka is away. Giving up
     * here and sending again would let a later event overtake an earlier one that the producer still delivers.
     * Only shutdown ends the wait.
     */
    private long awaitAck(CompletableFuture<Long> ack) throws java.util.concurrent.ExecutionException, InterruptedException {
        while (true) {
            try {
                return ack.get(1, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException stillWaiting) {
                if (!running) throw new InterruptedException("shutting down");
            }
        }
    }

    /** What no retry can mend: the record is too large for the topic, or the event is not one the catalog knows. */
    static boolean neverPublishable(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof org.apache.kafka.common.errors.RecordTooLargeException
                    || t instanceof org.apache.kafka.common.errors.InvalidTopicException
                    || t instanceof org.apache.kafka.common.errors.SerializationException
                    || t instanceof UnknownEventType) {
                return true;
            }
        }
        return false;
    }

    /** An outbox row whose type the event catalog does not know (a bug: the outbox refuses such rows). */
    static final class UnknownEventType extends RuntimeException {
        UnknownEventType(IllegalArgumentException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private CompletableFuture<Long> send(RecordedEvent event) {
        String type;
        try {
            type = adapters.representation.EventCatalog.cloudEventType(event.type());
        } catch (IllegalArgumentException unknown) {
            return CompletableFuture.failedFuture(new UnknownEventType(unknown));
        }
        return producer.send(CloudEventRecords.of(event, topics.topic(event.context()), type))
                .thenApply(metadata -> event.position());
    }

    /** The backlog gauges every few seconds; the purge of published events once an hour. */
    private void housekeeping() {
        Instant now = clock.instant();
        if (Duration.between(lastBacklog, now).compareTo(Duration.ofSeconds(5)) >= 0) {
            metrics.backlog(outbox.backlog(), now);
            lastBacklog = now;
        }
        if (Duration.between(lastPurge, now).compareTo(Duration.ofHours(1)) >= 0) {
            int purged;
            int total = 0;
            do {
                purged = outbox.purgePublishedBefore(now.minus(retention), 10_000);
                total += purged;
            } while (purged == 10_000 && running);
            if (total > 0) LOG.infof("event outbox: purged %d events published before %s", total, now.minus(retention));
            // The inboxes' marks outlive the topics' retention by a day: no repeat can come after that.
            Instant marksBefore = now.minus(topicRetention).minus(Duration.ofDays(1));
            int forgotten;
            do {
                forgotten = inbox.purgeProcessedBefore(marksBefore, 10_000);
            } while (forgotten == 10_000 && running);
            lastPurge = now;
        }
    }
}

package adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adapters.EventOutbox;
import adapters.EventOutbox.RecordedEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/**
 * The relay without Kafka: a send the producer refuses at once (its buffer full for longer than max.block.ms) must
 * stop the batch there, or an event after it, of the same subject, would reach Kafka first.
 */
class EventRelayRefusalTest {
    private static final String SUBJECT = UUID.randomUUID().toString();

    @Test
    void aSendRefusedAtOnceHoldsBackEverythingAfterIt() throws Exception {
        Outbox outbox = new Outbox(5);
        Producer producer = new Producer(3);
        EventRelay relay = new EventRelay(outbox, null, Duration.ofDays(30), producer,
                new EventTopics("unused:9092", "gudok", 1, (short) 1, Duration.ofDays(30)),
                new EventMetrics(new SimpleMeterRegistry()), true, 1000, Duration.ofMillis(100), Duration.ofDays(7));

        assertThatThrownBy(relay::publishAll).hasRootCauseInstanceOf(TimeoutException.class);
        assertThat(producer.accepted).containsExactly(1L, 2L);
        assertThat(outbox.published).containsExactly(1L, 2L);

        relay.publishAll();
        assertThat(producer.accepted).as("in position order, none overtaken").containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(outbox.published).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    /** Accepts every send but the first of the event at {@code refused}, which it refuses at once. */
    private static final class Producer extends EventProducer {
        final List<Long> accepted = new ArrayList<>();
        private long refused;

        Producer(long refused) {
            super("unused:9092", Duration.ofMillis(5), "none");
            this.refused = refused;
        }

        @Override
        CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            long position = Long.parseLong(new String(record.value()));
            if (position == refused) {
                refused = -1;
                return CompletableFuture.failedFuture(new TimeoutException("buffer full for 5000 ms"));
            }
            accepted.add(position);
            return CompletableFuture.completedFuture(new RecordMetadata(new TopicPartition(record.topic(), 0), 0, 0, 0, 0, 0));
        }
    }

    /** Events 1..n of one subject, each event's data its position. */
    private static final class Outbox implements EventOutbox {
        final List<RecordedEvent> events = new ArrayList<>();
        final Set<Long> published = new TreeSet<>();

        Outbox(int n) {
            Instant at = Instant.parse("2026-12-07T00:00:00Z");
            for (long p = 1; p <= n; p++) {
                events.add(new RecordedEvent(p, UUID.randomUUID(), "SUBSCRIPTIONS", "subscription.paused", SUBJECT, at, at, null,
                        Long.toString(p)));
            }
        }

        @Override
        public List<RecordedEvent> unpublished(int limit, long afterPosition) {
            return events.stream().filter(e -> e.position() > afterPosition && !published.contains(e.position())).limit(limit).toList();
        }

        @Override
        public void markPublished(List<Long> positions, Instant at) {
            published.addAll(positions);
        }

        @Override
        public void park(long position, String error, Instant at) {
            throw new AssertionError("nothing here is never publishable");
        }

        @Override
        public int purgePublishedBefore(Instant cutoff, int limit) {
            return 0;
        }

        @Override
        public int blankSentBefore(UUID closureId, String userId, Collection<UUID> subscriptionIds) {
            return 0;
        }

        @Override
        public Backlog backlog() {
            return new Backlog(0, null);
        }

        @Override
        public boolean leadRelay() {
            return true;
        }

        @Override
        public void stepDown() { }
    }
}

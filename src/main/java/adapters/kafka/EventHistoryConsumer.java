package adapters.kafka;

import adapters.EventHistory;
import adapters.EventOutbox;
import adapters.Inbox;
import adapters.representation.EventCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.shared.ConcurrentUpdateException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Feeds the activity history from every event topic (channel {@code event-history}, its own consumer group), a
 * poll's batch at a time: the batch's events are kept in one transaction with their inbox marks, and the batch is
 * acknowledged after that commits. A repeat is dropped by the inbox; a crash before the commit reads the batch
 * again. A record that is not a platform event goes to the dead-letter topic ({@code <prefix>.dead-letters.event-history})
 * instead of stopping the consumer; a failure of the database is tried again until it clears, so no event is
 * skipped. On {@code account.closed} it erases its copies of the user's personal data, in the same transaction as
 * the closure's inbox mark, after the events that came before it in the batch.
 */
@ApplicationScoped
public class EventHistoryConsumer {
    static final String CONSUMER = "event-history";
    private static final Logger LOG = Logger.getLogger(EventHistoryConsumer.class);
    private static final String ACCOUNT_CLOSED = EventCatalog.cloudEventType("account.closed");
    /** Times PostgreSQL's timestamptz keeps as they are. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final Inbox inbox;
    private final EventHistory history;
    private final ObjectMapper json;
    private final EventOutbox outbox;
    private final EventProducer producer;
    private final String deadLetters;

    EventHistoryConsumer(Inbox inbox, EventHistory history, ObjectMapper json, EventOutbox outbox, EventProducer producer,
                         EventTopics topics) {
        this.inbox = inbox;
        this.history = history;
        this.json = json;
        this.outbox = outbox;
        this.producer = producer;
        this.deadLetters = topics.deadLetters(CONSUMER);
    }

    @Incoming("event-history")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<EventHistory.Entry> entries = new ArrayList<>(records.count());
        List<DeadLetter> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                entries.add(entry(record));
            } catch (IllegalArgumentException notAPlatformEvent) {
                rejected.add(new DeadLetter(producer, deadLetters, record, notAPlatformEvent));
            }
        }
        keep(entries);
        for (DeadLetter letter : rejected) letter.await(); // the batch is acknowledged once the dead letters are kept
    }

    /** Keeps the batch in one transaction, tried again until it commits (see {@link UntilCommitted}). */
    private void keep(List<EventHistory.Entry> entries) throws InterruptedException {
        if (entries.isEmpty()) return;
        UntilCommitted.run("event history", entries.size(), () -> keepOnce(entries));
    }

    private void keepOnce(List<EventHistory.Entry> entries) {
        Set<Inbox.Mark> firsts = inbox.firstDeliveries(CONSUMER, entries.stream().map(e -> new Inbox.Mark(e.source(), e.id().toString())).toList());
        List<EventHistory.Entry> pending = new ArrayList<>(entries.size());
        for (EventHistory.Entry entry : entries) {
            if (!firsts.remove(new Inbox.Mark(entry.source(), entry.id().toString()))) continue; // a repeat
            pending.add(entry);
            if (ACCOUNT_CLOSED.equals(entry.type())) {
                history.addAll(pending);
                pending.clear();
                eraseCopies(entry);
            }
        }
        history.addAll(pending);
    }

    /**
     * A user closed their account: the history forgets the events of their subscriptions and their wallet, and the
     * outbox blanks those it still keeps. The relay publishes in the order events were recorded, so every event
     * recorded before the closure has been sent by now.
     */
    private void eraseCopies(EventHistory.Entry closure) {
        List<UUID> subscriptions = closure(closure.subject(), json(closure.data()));
        history.eraseClosedAccount(closure.subject(), subscriptions, closure.id());
        outbox.blankSentBefore(closure.id(), closure.subject(), subscriptions);
    }

    /** The subscriptions an {@code account.closed} names; {@link IllegalArgumentException} if it is not one. */
    private static List<UUID> closure(String subject, JsonNode data) {
        String userId = data.path("userId").asText(null);
        if (userId == null || !userId.equals(subject)) throw new IllegalArgumentException("account.closed names no user");
        if (!data.path("subscriptionIds").isArray()) throw new IllegalArgumentException("account.closed lists no subscriptions");
        List<UUID> subscriptions = new ArrayList<>();
        data.path("subscriptionIds").forEach(id -> subscriptions.add(UUID.fromString(id.asText())));
        return subscriptions;
    }

    /** A record as a platform event, checked (an account closure names its user and subscriptions); refused if it is none. */
    private EventHistory.Entry entry(ConsumerRecord<String, String> record) {
        PlatformEventRecord event = PlatformEventRecord.of(record, json);
        if (ACCOUNT_CLOSED.equals(event.type())) closure(event.subject(), event.node()); // checked here: a bad one is a dead letter
        return new EventHistory.Entry(event.id(), event.source(), event.type(), event.subject(),
                subscriptionOf(event.source(), event.subject(), event.node()), event.time(), event.traceparent(), event.data());
    }

    /** The subscription an event belongs to: its subject for the subscription's own, named in the data for the others. */
    private static UUID subscriptionOf(String source, String subject, JsonNode data) {
        if (source.endsWith("/subscriptions")) return UUID.fromString(subject);
        JsonNode node = data.get("subscriptionId");
        return node == null || node.isNull() ? null : UUID.fromString(node.asText());
    }

    private JsonNode json(String data) {
        return PlatformEventRecord.object(json, data);
    }
}

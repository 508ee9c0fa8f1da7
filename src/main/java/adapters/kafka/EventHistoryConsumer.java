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
                rejected.add(new DeadLetter(record, notAPlatformEvent));
            }
        }
        keep(entries);
        for (DeadLetter letter : rejected) letter.await(); // the batch is acknowledged once the dead letters are kept
    }

    /**
     * Keeps the batch in one transaction. A lost race (a deadlock between an erasure and the events of its
     * subjects) is tried again at once; any other failure (the database away) after a second, until it clears.
     */
    private void keep(List<EventHistory.Entry> entries) throws InterruptedException {
        if (entries.isEmpty()) return;
        for (int attempt = 1; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> keepOnce(entries));
                if (attempt > 1) LOG.infof("event history: a batch of %d events kept after %d attempts", entries.size(), attempt);
                return;
            } catch (RuntimeException failed) {
                if (lostARace(failed)) { // a deadlock with an erasure on another instance: soon again, not at once
                    LOG.debugf("event history: a batch lost a race (%s); trying again", failed.toString());
                    Thread.sleep(20L * Math.min(attempt, 50));
                    continue;
                }
                if (attempt == 1 || attempt % 60 == 0) {
                    LOG.warnf("event history: a batch of %d events could not be kept (%s); trying again", entries.size(), failed.toString());
                }
                Thread.sleep(1_000);
            }
        }
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

    private static boolean lostARace(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentUpdateException) return true;
        }
        return false;
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

    /** A record as a platform event (CloudEvents binary mode), checked; {@link IllegalArgumentException} if it is none. */
    private EventHistory.Entry entry(ConsumerRecord<String, String> record) {
        String data = record.value();
        if (data == null) throw new IllegalArgumentException("a platform event has data");
        if (!"1.0".equals(header(record, "ce_specversion"))) throw new IllegalArgumentException("not a CloudEvent 1.0");
        UUID id = UUID.fromString(required(record, "ce_id"));
        String source = required(record, "ce_source");
        String type = required(record, "ce_type");
        String subject = required(record, "ce_subject");
        Instant time;
        try {
            time = java.time.OffsetDateTime.parse(required(record, "ce_time")).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("ce_time is not an RFC 3339 time", e);
        }
        String traceparent = header(record, "ce_traceparent");
        if (traceparent != null) checkText("ce_traceparent", traceparent);
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) throw new IllegalArgumentException("ce_time is out of range");
        JsonNode node = json(data);
        if (ACCOUNT_CLOSED.equals(type)) closure(subject, node); // checked here, so that a bad one is a dead letter
        return new EventHistory.Entry(id, source, type, subject, subscriptionOf(source, subject, node), time, traceparent, data);
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isEmpty()) throw new IllegalArgumentException("no " + name);
        checkText(name, value);
        return value;
    }

    /** Header values go into text columns and answers: short, and no control characters. */
    private static void checkText(String name, String value) {
        if (value.length() > 500 || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(name + " is not a short line of text");
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The subscription an event belongs to: its subject for the subscription's own, named in the data for the others. */
    private static UUID subscriptionOf(String source, String subject, JsonNode data) {
        if (source.endsWith("/subscriptions")) return UUID.fromString(subject);
        JsonNode node = data.get("subscriptionId");
        return node == null || node.isNull() ? null : UUID.fromString(node.asText());
    }

    private JsonNode json(String data) {
        try {
            JsonNode node = json.readTree(data);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("the data is not a JSON object");
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the data is not JSON", e);
        }
    }

    /**
     * A record refused as no platform event, on its way to the dead-letter topic: the record as it came, with why
     * ({@code dead-letter-reason}, as SmallRye's own dead letters have it). Sent again every second until the topic
     * takes it: the batch is acknowledged only after that, so none is lost, and a passing failure stops nothing.
     */
    private final class DeadLetter {
        private final ProducerRecord<String, byte[]> letter;
        private CompletableFuture<?> sent;

        DeadLetter(ConsumerRecord<String, String> record, IllegalArgumentException reason) {
            LOG.warnf("event history: %s-%d@%d is not a platform event (%s); sent to %s", record.topic(), record.partition(),
                    record.offset(), reason.getMessage(), deadLetters);
            letter = new ProducerRecord<>(deadLetters, null, record.key(),
                    record.value() == null ? null : record.value().getBytes(StandardCharsets.UTF_8),
                    new org.apache.kafka.common.header.internals.RecordHeaders(record.headers().toArray()));
            letter.headers().add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-partition", Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
            letter.headers().add("dead-letter-offset", Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
            sent = producer.send(letter);
        }

        void await() throws InterruptedException {
            for (int attempt = 1; ; attempt++) {
                try {
                    sent.get();
                    return;
                } catch (java.util.concurrent.ExecutionException failed) {
                    if (attempt == 1 || attempt % 60 == 0) {
                        LOG.warnf("event history: the dead-letter topic %s refused a record (%s); trying again", deadLetters, failed.getCause());
                    }
                    Thread.sleep(1_000);
                    sent = producer.send(letter);
                }
            }
        }
    }
}

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
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Feeds the activity history from every event topic (channel {@code event-history}, its own consumer group).
 * Each event is kept in one transaction with its inbox mark, and acknowledged after that commits: a repeat is
 * dropped by the inbox, a crash before the commit reads it again. A record that is not a platform event goes to
 * the channel's dead-letter topic instead of stopping the consumer. On {@code account.closed} it erases its copies
 * of the user's personal data, in the same transaction as the closure's inbox mark.
 */
@ApplicationScoped
public class EventHistoryConsumer {
    static final String CONSUMER = "event-history";
    private static final String ACCOUNT_CLOSED = EventCatalog.cloudEventType("account.closed");

    private final Inbox inbox;
    private final EventHistory history;
    private final ObjectMapper json;
    private final EventOutbox outbox;

    EventHistoryConsumer(Inbox inbox, EventHistory history, ObjectMapper json, EventOutbox outbox) {
        this.inbox = inbox;
        this.history = history;
        this.json = json;
        this.outbox = outbox;
    }

    @Incoming("event-history")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            @SuppressWarnings("unchecked")
            IncomingCloudEventMetadata<String> event = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent"));
            EventHistory.Entry entry = entry(event, message.getPayload());
            // A lost race (a deadlock between an erasure and an event of its subjects) is tried again rather than
            // sent to the dead letters: a closure must not go unheeded.
            for (int attempt = 1; ; attempt++) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> {
                        if (!inbox.firstDelivery(CONSUMER, entry.source(), entry.id().toString())) return;
                        history.add(entry);
                        if (ACCOUNT_CLOSED.equals(entry.type())) eraseCopies(entry);
                    });
                    break;
                } catch (RuntimeException failed) {
                    if (attempt == 3 || !lostARace(failed)) throw failed;
                }
            }
            return message.ack();
        } catch (RuntimeException e) {
            return message.nack(e);
        }
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
        JsonNode data = json(closure.data());
        String userId = data.path("userId").asText(null);
        if (userId == null || !userId.equals(closure.subject())) throw new IllegalArgumentException("account.closed names no user");
        List<UUID> subscriptions = new ArrayList<>();
        data.path("subscriptionIds").forEach(id -> subscriptions.add(UUID.fromString(id.asText())));
        history.eraseClosedAccount(userId, subscriptions, closure.id());
        outbox.blankSentBefore(closure.id(), userId, subscriptions);
    }

    private EventHistory.Entry entry(IncomingCloudEventMetadata<String> event, String data) {
        if (data == null || event.getSubject().isEmpty() || event.getTimeStamp().isEmpty()) {
            throw new IllegalArgumentException("a platform event has data, a subject and a time");
        }
        UUID id = UUID.fromString(event.getId());
        String source = event.getSource().toString();
        String subject = event.getSubject().get();
        String traceparent = event.getExtension("traceparent").map(Object::toString).orElse(null);
        return new EventHistory.Entry(id, source, event.getType(), subject, subscriptionOf(source, subject, data),
                event.getTimeStamp().get().toInstant(), traceparent, data);
    }

    /** The subscription an event belongs to: its subject for the subscription's own, named in the data for the others. */
    private UUID subscriptionOf(String source, String subject, String data) {
        if (source.endsWith("/subscriptions")) return UUID.fromString(subject);
        JsonNode node = json(data).get("subscriptionId");
        return node == null || node.isNull() ? null : UUID.fromString(node.asText());
    }

    private JsonNode json(String data) {
        try {
            return json.readTree(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the data is not JSON", e);
        }
    }
}

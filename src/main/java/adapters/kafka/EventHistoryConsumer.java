package adapters.kafka;

import adapters.EventHistory;
import adapters.Inbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Feeds the activity history from every event topic (channel {@code event-history}, its own consumer group).
 * Each event is kept in one transaction with its inbox mark, and acknowledged after that commits: a repeat is
 * dropped by the inbox, a crash before the commit reads it again. A record that is not a platform event goes to
 * the channel's dead-letter topic instead of stopping the consumer.
 */
@ApplicationScoped
public class EventHistoryConsumer {
    static final String CONSUMER = "event-history";

    private final Inbox inbox;
    private final EventHistory history;
    private final ObjectMapper json;

    EventHistoryConsumer(Inbox inbox, EventHistory history, ObjectMapper json) {
        this.inbox = inbox;
        this.history = history;
        this.json = json;
    }

    @Incoming("event-history")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            @SuppressWarnings("unchecked")
            IncomingCloudEventMetadata<String> event = message.getMetadata(IncomingCloudEventMetadata.class)
                    .orElseThrow(() -> new IllegalArgumentException("not a CloudEvent"));
            EventHistory.Entry entry = entry(event, message.getPayload());
            QuarkusTransaction.requiringNew().run(() -> {
                if (inbox.firstDelivery(CONSUMER, entry.source(), entry.id().toString())) history.add(entry);
            });
            return message.ack();
        } catch (RuntimeException e) {
            return message.nack(e);
        }
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
        try {
            JsonNode node = json.readTree(data).get("subscriptionId");
            return node == null || node.isNull() ? null : UUID.fromString(node.asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the data is not JSON", e);
        }
    }
}

package adapters.kafka;

import adapters.Inbox;
import adapters.representation.EventCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.catalog.ShopId;
import domain.webhook.DispatchWebhooksUseCase;
import domain.webhook.ShopEvent;
import domain.webhook.WebhookEventTypes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Drives the partners' webhooks from the event topics (channel {@code webhook-events}, its own consumer group): the
 * events about a shop (their data names its {@code shopId}) of the types shops are sent become messages for its
 * endpoints, a poll's batch in one transaction with the inbox's marks, so a repeated event makes no second message.
 * The message body is the Standard Webhooks payload {@code {type, timestamp, data}} with the event's own data (the
 * resource's REST representation). Records that are no platform event go to {@code <prefix>.dead-letters.webhooks}.
 */
@ApplicationScoped
public class WebhookEventConsumer {
    static final String CONSUMER = "webhooks";

    private final Inbox inbox;
    private final DispatchWebhooksUseCase dispatch;
    private final ObjectMapper json;
    private final EventProducer producer;
    private final String deadLetters;

    WebhookEventConsumer(Inbox inbox, DispatchWebhooksUseCase dispatch, ObjectMapper json, EventProducer producer, EventTopics topics) {
        this.inbox = inbox;
        this.dispatch = dispatch;
        this.json = json;
        this.producer = producer;
        this.deadLetters = topics.deadLetters(CONSUMER);
    }

    @Incoming("webhook-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        // Only the events of a shop's concern are marked in the inbox: the others change nothing, repeated or not.
        Map<Inbox.Mark, ShopEvent> batch = new LinkedHashMap<>();
        List<DeadLetter> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                PlatformEventRecord event = PlatformEventRecord.of(record, json);
                forShop(event).ifPresent(e -> batch.putIfAbsent(new Inbox.Mark(event.source(), event.id().toString()), e));
            } catch (IllegalArgumentException notAPlatformEvent) {
                rejected.add(new DeadLetter(producer, deadLetters, record, notAPlatformEvent));
            }
        }
        if (!batch.isEmpty()) {
            UntilCommitted.run("webhooks", batch.size(), () -> {
                Set<Inbox.Mark> firsts = inbox.firstDeliveries(CONSUMER, batch.keySet());
                List<ShopEvent> events = new ArrayList<>();
                batch.forEach((mark, event) -> {
                    if (firsts.contains(mark)) events.add(event);
                });
                dispatch.fanOut(events);
            });
        }
        for (DeadLetter letter : rejected) letter.await();
    }

    /** The event as a shop's webhooks carry it; none when it is of no shop's concern. */
    private Optional<ShopEvent> forShop(PlatformEventRecord event) {
        Optional<String> type = EventCatalog.typeOf(event.type()).filter(WebhookEventTypes.ALL::contains);
        JsonNode shop = event.node().get("shopId");
        if (type.isEmpty() || shop == null || !shop.isTextual()) return Optional.empty();
        UUID shopId;
        try {
            shopId = UUID.fromString(shop.asText());
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        ObjectNode payload = json.createObjectNode();
        payload.put("type", type.get());
        payload.put("timestamp", event.time().toString());
        payload.set("data", event.node());
        return Optional.of(new ShopEvent(event.id(), type.get(), event.time(), new ShopId(shopId), payload.toString()));
    }
}

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
 * An {@code account.closed} erases the messages about the closed account's subscriptions.
 */
@ApplicationScoped
public class WebhookEventConsumer {
    static final String CONSUMER = "webhooks";
    private static final String ACCOUNT_CLOSED = EventCatalog.cloudEventType("account.closed");

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
        // Only the events of a shop's concern, and closures, are marked in the inbox: the others change nothing.
        Map<Inbox.Mark, Step> batch = new LinkedHashMap<>();
        List<DeadLetter> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                PlatformEventRecord event = PlatformEventRecord.of(record, json);
                step(event).ifPresent(step -> batch.putIfAbsent(new Inbox.Mark(event.source(), event.id().toString()), step));
            } catch (IllegalArgumentException notAPlatformEvent) {
                rejected.add(new DeadLetter(producer, deadLetters, record, notAPlatformEvent));
            }
        }
        if (!batch.isEmpty()) UntilCommitted.run("webhooks", batch.size(), () -> keep(batch));
        for (DeadLetter letter : rejected) letter.await();
    }

    /** What an event asks of the webhooks: messages for a shop, or a closed account's erasure. */
    private sealed interface Step permits ForShop, Closure { }

    private record ForShop(ShopEvent event) implements Step { }

    private record Closure(List<UUID> subscriptionIds) implements Step { }

    /** In the batch's order: the events before a closure are fanned out before it erases. */
    private void keep(Map<Inbox.Mark, Step> batch) {
        Set<Inbox.Mark> firsts = inbox.firstDeliveries(CONSUMER, batch.keySet());
        List<ShopEvent> pending = new ArrayList<>();
        batch.forEach((mark, step) -> {
            if (!firsts.contains(mark)) return; // a repeat
            if (step instanceof ForShop forShop) {
                pending.add(forShop.event());
            } else if (step instanceof Closure closure) {
                dispatch.fanOut(List.copyOf(pending));
                pending.clear();
                dispatch.forgetSubscriptions(closure.subscriptionIds());
            }
        });
        dispatch.fanOut(pending);
    }

    private Optional<Step> step(PlatformEventRecord event) {
        if (ACCOUNT_CLOSED.equals(event.type())) {
            JsonNode ids = event.node().get("subscriptionIds");
            if (ids == null || !ids.isArray()) throw new IllegalArgumentException("account.closed lists no subscriptions");
            List<UUID> subscriptions = new ArrayList<>();
            ids.forEach(id -> subscriptions.add(UUID.fromString(id.asText())));
            return Optional.of(new Closure(subscriptions));
        }
        return forShop(event).map(ForShop::new);
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
        return Optional.of(new ShopEvent(event.id(), type.get(), event.time(), new ShopId(shopId),
                subscriptionOf(event), payload.toString()));
    }

    /** The subscription an event belongs to: its subject for the subscription's own events, named in the data for the others. */
    private static UUID subscriptionOf(PlatformEventRecord event) {
        if (event.source().endsWith("/subscriptions")) return UUID.fromString(event.subject());
        JsonNode id = event.node().get("subscriptionId");
        return id == null || !id.isTextual() ? null : UUID.fromString(id.asText());
    }
}

package adapters.kafka;

import adapters.Inbox;
import adapters.representation.EventCatalog;
import com.fasterxml.jackson.databind.JsonNode;
import domain.classification.AlertMatchDescriptions;
import domain.classification.ItemKey;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.notification.NotificationKind;
import domain.notification.NotifySubscribersUseCase;
import domain.notification.SubscriberNotice;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Drives the subscribers' notifications from the event topics (channel {@code notification-events}, its own consumer
 * group): the events a subscriber hears about become notices, a poll's batch in one transaction with the inbox's
 * marks, so a repeated event tells nobody twice. A user's alerts matching an item ({@code classification.matched} of an
 * alert) are told too, once per match event. An {@code account.closed} erases what its user was told. Records
 * that are no platform event go to {@code <prefix>.dead-letters.notifications}.
 */
@ApplicationScoped
public class NotificationEventConsumer {
    static final String CONSUMER = "notifications";

    /** The event types subscribers hear about, and as what. */
    private static final Map<String, NotificationKind> KINDS = Map.ofEntries(
            Map.entry("subscription.created", NotificationKind.SUBSCRIBED),
            Map.entry("subscription.paused", NotificationKind.PAUSED),
            Map.entry("subscription.resumed", NotificationKind.RESUMED),
            Map.entry("subscription.suspended", NotificationKind.SUSPENDED),
            Map.entry("subscription.cancelled", NotificationKind.CANCELLED),
            Map.entry("subscription.ended", NotificationKind.ENDED),
            Map.entry("delivery.paid", NotificationKind.PAID),
            Map.entry("delivery.payment_failed", NotificationKind.PAYMENT_FAILED),
            Map.entry("delivery.dispatched", NotificationKind.DISPATCHED),
            Map.entry("delivery.shipped", NotificationKind.SHIPPED),
            Map.entry("refund.created", NotificationKind.REFUNDED));
    private static final String ACCOUNT_CLOSED = "account.closed";
    /** On the classification topic only this is for subscribers; the rest (pools' joins, filter changes) is not read. */
    private static final String MATCHED = "classification.matched", MATCHED_TYPE = "io.gudok.classification.matched.v1";

    private final Inbox inbox;
    private final NotifySubscribersUseCase notifications;
    private final ObjectMapper json;
    private final EventProducer producer;
    private final String deadLetters;
    private final String classificationTopic;
    private final AlertMatchDescriptions alertMatches;

    NotificationEventConsumer(Inbox inbox, NotifySubscribersUseCase notifications, ObjectMapper json, EventProducer producer, EventTopics topics,
                              AlertMatchDescriptions alertMatches) {
        this.alertMatches = alertMatches;
        this.classificationTopic = topics.topic("classification");
        this.inbox = inbox;
        this.notifications = notifications;
        this.json = json;
        this.producer = producer;
        this.deadLetters = topics.deadLetters(CONSUMER);
    }

    @Incoming("notification-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        Map<Inbox.Mark, Step> batch = new LinkedHashMap<>();
        List<DeadLetter> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            if (record.topic().equals(classificationTopic) && !MATCHED_TYPE.equals(PlatformEventRecord.header(record, "ce_type"))) continue;
            try {
                PlatformEventRecord event = PlatformEventRecord.of(record, json);
                step(event).ifPresent(step -> batch.putIfAbsent(new Inbox.Mark(event.source(), event.id().toString()), step));
            } catch (IllegalArgumentException notAPlatformEvent) {
                rejected.add(new DeadLetter(producer, deadLetters, record, notAPlatformEvent));
            }
        }
        if (!batch.isEmpty()) UntilCommitted.run(CONSUMER, batch.size(), () -> keep(batch));
        for (DeadLetter letter : rejected) letter.await();
    }

    private sealed interface Step permits Tell, Forget { }

    private record Tell(SubscriberNotice notice) implements Step { }

    private record Forget(String userId) implements Step { }

    /** In the batch's order: what comes before a closure is told before it erases. */
    private void keep(Map<Inbox.Mark, Step> batch) {
        var firsts = inbox.firstDeliveries(CONSUMER, batch.keySet());
        List<SubscriberNotice> pending = new ArrayList<>();
        batch.forEach((mark, step) -> {
            if (!firsts.contains(mark)) return; // a repeat
            if (step instanceof Tell tell) {
                pending.add(tell.notice());
            } else if (step instanceof Forget forget) {
                notifications.notify(List.copyOf(pending));
                pending.clear();
                notifications.forgetUser(forget.userId());
            }
        });
        notifications.notify(pending);
    }

    private Optional<Step> step(PlatformEventRecord event) {
        Optional<String> type = EventCatalog.typeOf(event.type());
        if (type.isEmpty()) return Optional.empty();
        if (ACCOUNT_CLOSED.equals(type.get())) return Optional.of(new Forget(event.subject()));
        if (MATCHED.equals(type.get())) return alertMatched(event);
        NotificationKind kind = KINDS.get(type.get());
        if (kind == null) return Optional.empty();
        return Optional.of(new Tell(notice(event, type.get(), kind)));
    }

    /** A user's alerts matched an item: told with the alerts' names and the item's title, unless either is gone. */
    private Optional<Step> alertMatched(PlatformEventRecord event) {
        JsonNode data = event.node();
        if (!"ALERT".equals(data.path("purpose").asText())) return Optional.empty(); // a pool's, a shop's, a log alert's
        String owner = text(data, "owner");
        ItemKey item = ItemKey.parse(text(data, "item"));
        List<UUID> alerts = new ArrayList<>();
        JsonNode ids = data.path("filterIds");
        if (!ids.isArray() || ids.isEmpty()) throw new IllegalArgumentException("the data has no filterIds");
        for (JsonNode id : ids) alerts.add(uuid(id.asText(), "a filter id"));
        return alertMatches.describe(owner, alerts, item).map(found -> new Tell(SubscriberNotice.alertMatched(event.id().toString(), event.time(),
                owner, new SubscriberNotice.AlertMatch(found.alertNames(), found.itemTitle()))));
    }

    /** The notice an event makes; its data is the resource's representation, checked where it is read. */
    private static SubscriberNotice notice(PlatformEventRecord event, String type, NotificationKind kind) {
        JsonNode data = event.node();
        String key = event.id().toString();
        if (type.startsWith("subscription.")) {
            UUID subscription = uuid(event.subject(), "the subject");
            LocalDate date = switch (kind) {
                case SUBSCRIBED -> date(data.get("startDate"));
                case PAUSED -> data.path("pause").isObject() ? date(data.path("pause").get("until")) : null;
                default -> null;
            };
            return SubscriberNotice.about(key, kind, event.time(), subscription, null, date);
        }
        if (type.startsWith("delivery.")) {
            SubscriberNotice notice = SubscriberNotice.about(key, kind, event.time(), uuid(text(data, "subscriptionId"), "subscriptionId"),
                    uuid(event.subject(), "the subject"), date(data.get("date")));
            if (kind == NotificationKind.SHIPPED) {
                JsonNode shipment = data.path("shipment");
                notice = notice.shipment(text(shipment, "carrier"), text(shipment, "trackingNumber"));
            }
            if (kind == NotificationKind.PAYMENT_FAILED && "CANCELLED".equals(data.path("state").asText())) notice = notice.lastAttempt();
            return notice;
        }
        // refund.created: its subject is the wallet's owner
        JsonNode subscription = data.get("subscriptionId");
        long amount = data.path("amount").path("amount").asLong(-1);
        if (amount < 0) throw new IllegalArgumentException("refund.created has no amount");
        return new SubscriberNotice(key, kind, event.time(), event.subject(),
                subscription == null || !subscription.isTextual() ? null : uuid(subscription.asText(), "subscriptionId"),
                null, null, amount, null, null, false);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) throw new IllegalArgumentException("the data has no " + field);
        return value.asText();
    }

    private static UUID uuid(String text, String what) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + " is not an id", e);
        }
    }

    private static LocalDate date(JsonNode node) {
        if (node == null || !node.isTextual()) return null;
        try {
            return LocalDate.parse(node.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("a date in the data is not a date", e);
        }
    }
}

package adapters.kafka;

import adapters.representation.EventCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.ContentService;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a batch of records on the classification worker's topics tells of: filters saved and deleted, plans and
 * products changed, content received (or broken), accounts closed, and when each change happened. Read the same way
 * by the worker, which sorts the changes, and by an instance's embedded classifier, which follows them.
 */
final class ClassificationChanges {
    private static final Set<String> PLAN_EVENTS = Set.of("plan.created", "plan.changed", "plan.retired");
    private static final Set<String> PRODUCT_EVENTS = Set.of("product.changed", "product.retired");
    final Set<UUID> saved = new LinkedHashSet<>(), deleted = new LinkedHashSet<>(), products = new LinkedHashSet<>();
    final Set<ItemKey> plans = new LinkedHashSet<>();
    final Set<String> closedAccounts = new LinkedHashSet<>();
    final List<ContentService.Change> content = new ArrayList<>();
    /** Content records that break the stream's schema, with the reason. */
    final List<Map.Entry<ConsumerRecord<String, String>, String>> broken = new ArrayList<>();
    /** When each change happened, by what changed (catalog, content or filter): for the lag metric. */
    final List<Map.Entry<String, Instant>> changedAt = new ArrayList<>();

    static ClassificationChanges of(Iterable<ConsumerRecord<String, String>> records, ObjectMapper json, ContentRecords contentRecords) {
        ClassificationChanges changes = new ClassificationChanges();
        for (ConsumerRecord<String, String> record : records) changes.add(record, json, contentRecords);
        return changes;
    }

    private void add(ConsumerRecord<String, String> record, ObjectMapper json, ContentRecords contentRecords) {
        if (record.topic().endsWith(ContentRecords.TOPIC_SUFFIX)) {
            try {
                ContentService.Change change = contentRecords.change(record);
                content.add(change);
                if (change.item() != null) changedAt.add(Map.entry("content", change.item().receivedAt()));
            } catch (InvalidInputException wrong) {
                broken.add(Map.entry(record, wrong.getMessage()));
            }
            return;
        }
        PlatformEventRecord event;
        try {
            event = PlatformEventRecord.of(record, json);
        } catch (IllegalArgumentException notAPlatformEvent) {
            return; // the other consumers of these topics dead-letter what is no platform event
        }
        String type = EventCatalog.typeOf(event.type()).orElse("");
        if (type.equals("account.closed")) {
            closedAccounts.add(event.subject()); // the user id
            return;
        }
        UUID subject = uuid(event.subject());
        if (subject == null) return;
        if (PLAN_EVENTS.contains(type)) plans.add(new ItemKey(ItemKind.PLAN, subject.toString()));
        else if (PRODUCT_EVENTS.contains(type)) products.add(subject);
        else if (type.equals("filter.created") || type.equals("filter.changed")) saved.add(subject);
        else if (type.equals("filter.deleted")) deleted.add(subject);
        else return;
        if (event.time() != null) changedAt.add(Map.entry(type.startsWith("filter.") ? "filter" : "catalog", event.time()));
    }

    /** Whether anything here changes pools (a closed account's alerts are deleted through filter events). */
    boolean sortsAnything() {
        return !(saved.isEmpty() && deleted.isEmpty() && products.isEmpty() && plans.isEmpty() && content.isEmpty());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

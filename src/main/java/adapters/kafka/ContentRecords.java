package adapters.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.ContentItem;
import domain.classification.ContentService;
import domain.classification.ItemKey;
import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads the {@code <prefix>.content} stream (its JSON schema: /schemas/content-item.json): a record's key is
 * {@code <source>:<id>}, its value the item's latest version as JSON, or nothing (a tombstone) when the feed deleted
 * it. The key orders one item's versions (one partition each), so a value must name the same source and id.
 */
final class ContentRecords {
    static final String TOPIC_SUFFIX = ".content";
    /** A larger record is refused whole (the 413 of the stream). */
    static final int MAX_BYTES = 64 * 1024;
    private final ObjectMapper json;
    private final Supplier<Instant> now;

    /** The schema's fields; any other is refused, so that a misspelt field is not silently dropped. */
    record Message(String source, String id, String title, String body, String category, List<String> tags,
                   List<String> imageUrls, Long price, List<String> regions) { }

    ContentRecords(ObjectMapper json, Supplier<Instant> now) {
        this.now = now;
        this.json = json; // the application's, strict (adapters.rest.StrictJson): unknown fields and coercions refused
    }

    ContentService.Change change(ConsumerRecord<String, String> record) {
        ItemKey key = ContentItem.parseKey(record.key());
        if (record.value() == null) return ContentService.Change.deleted(key);
        if (record.value().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw InvalidInputException.of("value", "is larger than " + MAX_BYTES + " bytes");
        }
        Message m;
        try {
            m = json.readValue(record.value(), Message.class);
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of("value", "is not a content item as its schema says: " + e.getOriginalMessage());
        }
        if (m == null) throw InvalidInputException.of("value", "is not a content item as its schema says: null");
        // when the version reached the stream (the lag is measured from it); a record without a usable time: now
        Instant stamped = record.timestamp() > 0 ? Instant.ofEpochMilli(record.timestamp()) : null;
        Instant received = stamped != null && InputLimits.instantInRange(stamped) ? stamped : now.get();
        ContentItem item = ContentItem.parse(m.source(), m.id(), m.title(), m.body(), m.category(), m.tags(), m.imageUrls(), m.price(),
                m.regions(), received);
        if (!item.key().equals(key)) throw InvalidInputException.of("key", "must be the value's <source>:<id>, " + item.key().id());
        return ContentService.Change.of(item);
    }
}

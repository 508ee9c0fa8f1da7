package adapters.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A record read as a platform event (CloudEvents 1.0, Kafka binary mode), checked where it enters: every attribute
 * a short line of text, {@code ce_time} a time PostgreSQL keeps, the data a JSON object. Consumers share it; what
 * is not a platform event is refused with {@link IllegalArgumentException} (their dead letters say why).
 */
record PlatformEventRecord(UUID id, String source, String type, String subject, Instant time, String traceparent,
                           String data, JsonNode node) {
    /** Times PostgreSQL's timestamptz keeps as they are. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    static PlatformEventRecord of(ConsumerRecord<String, String> record, ObjectMapper json) {
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
        return new PlatformEventRecord(id, source, type, subject, time, traceparent, data, object(json, data));
    }

    /** The data as a JSON object; {@link IllegalArgumentException} if it is none. */
    static JsonNode object(ObjectMapper json, String data) {
        try {
            JsonNode node = json.readTree(data);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("the data is not a JSON object");
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("the data is not JSON", e);
        }
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

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}

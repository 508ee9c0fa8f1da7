package adapters.kafka;

import adapters.EventOutbox.RecordedEvent;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * An outbox event as a Kafka record in the CloudEvents Kafka protocol binding's binary mode: the attributes in
 * {@code ce_} headers, the data (the resource's JSON) as the value, the subject as the key, so one subject's
 * events share a partition and keep their order. Read back by any CloudEvents implementation (the tests use the
 * CloudEvents Java SDK's).
 */
final class CloudEventRecords {
    private static final byte[] SPEC_VERSION = bytes("1.0");
    private static final byte[] JSON = bytes("application/json");

    private CloudEventRecords() { }

    /** {@code type} is the CloudEvents type ({@code io.gudok.subscription.paused.v1}). */
    static ProducerRecord<String, byte[]> of(RecordedEvent event, String topic, String type) {
        Headers headers = new RecordHeaders();
        headers.add("ce_specversion", SPEC_VERSION);
        headers.add("ce_id", bytes(event.id().toString()));
        headers.add("ce_source", bytes(EventStreams.source(event.context()).toString()));
        headers.add("ce_type", bytes(type));
        headers.add("ce_subject", bytes(event.subject()));
        headers.add("ce_time", bytes(event.occurredAt().toString())); // RFC 3339, UTC
        headers.add("content-type", JSON);
        if (event.traceparent() != null) headers.add("ce_traceparent", bytes(event.traceparent()));
        return new ProducerRecord<>(topic, null, event.subject(), bytes(event.data()), headers);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

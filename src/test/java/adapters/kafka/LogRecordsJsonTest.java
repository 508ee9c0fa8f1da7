package adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.Item;
import domain.classification.ItemKind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** A WARN or ERROR record as the shipper writes it to the logs topic, and as the log alerts' worker reads it back. */
class LogRecordsJsonTest {
    private final ObjectMapper json = new ObjectMapper();
    private final LogShipper shipper = new LogShipper(false, "gudok", "127.0.0.1:9092", 10, json, new SimpleMeterRegistry());
    private final LogAlertConsumer consumer = new LogAlertConsumer(null, json, null, new EventTopics("127.0.0.1:9092", "gudok", 1, (short) 1,
            java.time.Duration.ofDays(1)), null);

    @Test
    void aRecordWithItsExceptionAndCausesReadsBackAsALogItem() {
        LogRecord record = new LogRecord(Level.SEVERE, "결제 게이트웨이 응답 없음\u0000 (3회째)");
        record.setInstant(Instant.parse("2026-12-07T10:00:00Z"));
        record.setThrown(new IllegalStateException("outer", new java.net.ConnectException("refused")));
        Item item = consumer.item(shipper.toJson(record, "adapters.billing.Gateway"));
        assertThat(item.kind()).isEqualTo(ItemKind.LOG);
        assertThat(item.level()).isEqualTo("ERROR");
        assertThat(item.logger()).isEqualTo("adapters.billing.Gateway");
        assertThat(item.title()).isEqualTo("결제 게이트웨이 응답 없음\uFFFD (3회째)"); // a NUL cannot be kept: replaced
        assertThat(item.exceptionTypes()).containsExactly("java.lang.IllegalStateException", "java.net.ConnectException");
        assertThat(item.body()).contains("ConnectException: refused");
        assertThat(item.changedAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void aWarningWithoutExceptionAndLongTextIsCut() {
        LogRecord record = new LogRecord(Level.WARNING, "x".repeat(5_000));
        Item item = consumer.item(shipper.toJson(record, "adapters.kafka.Relay"));
        assertThat(item.level()).isEqualTo("WARN");
        assertThat(item.title()).hasSize(LogShipper.MAX_MESSAGE);
        assertThat(item.exceptionTypes()).isEmpty();
        assertThat(item.body()).isEmpty();
    }

    @Test
    void whatIsNoLogRecordIsRefused() {
        for (String value : new String[] {null, "not json", "[]", "{}",
                "{\"id\": \"00000000-0000-4000-8000-000000000001\", \"time\": \"2026-12-07T10:00:00Z\", \"level\": \"INFO\", \"logger\": \"a\", \"message\": \"m\"}",
                "{\"id\": \"nope\", \"time\": \"2026-12-07T10:00:00Z\", \"level\": \"WARN\", \"logger\": \"a\", \"message\": \"m\"}",
                "{\"id\": \"00000000-0000-4000-8000-000000000001\", \"time\": \"+10000-01-01T00:00:00Z\", \"level\": \"WARN\", \"logger\": \"a\", \"message\": \"m\"}"}) {
            assertThatThrownBy(() -> consumer.item(value)).as(String.valueOf(value)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

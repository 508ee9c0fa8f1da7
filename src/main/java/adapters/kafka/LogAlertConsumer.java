package adapters.kafka;

import adapters.WorkerTurns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.LogAlertService;
import domain.shared.InputLimits;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The log alerts' worker (channel {@code log-alerts} on {@code <prefix>.logs}, its own consumer group): each batch of
 * gudok's WARN and ERROR records is matched against the admins' log alerts. When the classifier or the database is
 * away the batch waits and is tried again; a record that is no log record goes to
 * {@code <prefix>.dead-letters.log-alerts}.
 */
@ApplicationScoped
public class LogAlertConsumer {
    static final String CONSUMER = "log-alerts";
    private final LogAlertService alerts;
    private final ObjectMapper json;
    private final EventProducer producer;
    private final String deadLetters;
    private final WorkerTurns turns;

    LogAlertConsumer(LogAlertService alerts, ObjectMapper json, EventProducer producer, EventTopics topics, WorkerTurns turns) {
        this.alerts = alerts;
        this.turns = turns;
        this.json = json;
        this.producer = producer;
        this.deadLetters = topics.deadLetters(CONSUMER);
    }

    @Incoming("log-alerts")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        List<Item> logged = new ArrayList<>();
        List<DeadLetter> rejected = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                logged.add(item(record.value()));
            } catch (IllegalArgumentException notALogRecord) {
                rejected.add(new DeadLetter(producer, deadLetters, record, notALogRecord));
            }
        }
        if (!logged.isEmpty()) {
            // in the classification worker's turn: a log alert deleted meanwhile is forgotten before or after, not during
            UntilDone.run("log alerts", () -> turns.inTurn(WorkerTurns.CLASSIFICATION, () -> alerts.logged(logged)), failed -> { });
        }
        for (DeadLetter letter : rejected) letter.await();
    }

    /** A record as {@link LogShipper} writes it, as a log item; text made safe to keep. */
    Item item(String value) {
        try {
            JsonNode node = value == null ? null : json.readTree(value);
            if (node == null || !node.isObject()) throw new IllegalArgumentException("a log record is a JSON object");
            UUID id = UUID.fromString(node.path("id").asText());
            Instant time = Instant.parse(node.path("time").asText());
            if (!InputLimits.instantInRange(time)) throw new IllegalArgumentException("time out of range");
            String level = node.path("level").asText();
            if (!level.equals("WARN") && !level.equals("ERROR")) throw new IllegalArgumentException("level must be WARN or ERROR");
            String logger = text(node.path("logger").asText(), 200);
            List<String> types = new ArrayList<>();
            for (JsonNode type : node.path("exceptionTypes")) if (types.size() < LogShipper.MAX_CAUSES) types.add(text(type.asText(), 200));
            return new Item(new ItemKey(ItemKind.LOG, id.toString()), text(node.path("message").asText(), LogShipper.MAX_MESSAGE),
                    text(node.path("stackTrace").asText(""), LogShipper.MAX_STACK), null, List.of(), 0, null, List.of(), null, null,
                    logger, level, types, time);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("not a log record: " + e.getMessage(), e);
        }
    }

    /** Bounded, and without control characters other than line breaks and tabs (a NUL cannot be kept). */
    private static String text(String raw, int max) {
        StringBuilder clean = new StringBuilder(Math.min(raw.length(), max));
        raw.codePoints().limit(max).forEach(c -> clean.appendCodePoint(c == '\n' || c == '\t' || c == '\r' || !Character.isISOControl(c) ? c : '\uFFFD'));
        return clean.length() > max ? clean.substring(0, max) : clean.toString();
    }
}

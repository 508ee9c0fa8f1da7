package adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import domain.classification.ContentService;
import domain.shared.InvalidInputException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The content stream's records as the worker reads them, held to the JSON schema gudok publishes
 * (/schemas/content-item.json): what the schema allows, the worker takes, and what it refuses, the worker refuses
 * too. (Two rules the schema cannot state are the worker's alone: the category and the regions must exist.)
 */
class ContentRecordsTest {
    private static final ObjectMapper JSON = strict();
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final ContentRecords records = new ContentRecords(JSON, () -> NOW);
    private static final JsonSchema SCHEMA = schema();

    /** As the application's: strict (adapters.rest.StrictJson). */
    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new adapters.rest.StrictJson().customize(mapper);
        return mapper;
    }

    private static JsonSchema schema() {
        try (InputStream in = ContentRecordsTest.class.getResourceAsStream("/META-INF/resources/schemas/content-item.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ConsumerRecord<String, String> record(String key, String value) {
        return new ConsumerRecord<>("gudok.content", 0, 7L, key, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"강아지 소식\"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"강아지 소식\", \"body\": null, \"category\": \"content.news\", \"tags\": [\"뉴스\"],"
                    + " \"imageUrls\": [\"https://img.example.com/1.png\"], \"price\": 0, \"regions\": [\"seoul.gangnam\", \"busan\"]}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"x\", \"body\": \"줄\\n바꿈\\t탭\", \"price\": 1000000000}"})
    void whatTheSchemaAllowsTheWorkerTakes(String value) throws Exception {
        assertThat(SCHEMA.validate(JSON.readTree(value))).isEmpty();
        ContentService.Change change = records.change(record("news-1:a.1", value));
        assertThat(change.key().value()).isEqualTo("content:news-1:a.1");
        assertThat(change.item().title()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"id\": \"a.1\", \"title\": \"t\"}",
            "{\"source\": \"News\", \"id\": \"a.1\", \"title\": \"t\"}",
            "{\"source\": \"news-1\", \"id\": \"a 1\", \"title\": \"t\"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"\"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"   \"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"extra\": 1}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"price\": -1}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"price\": 1000000001}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"price\": 1.5}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"imageUrls\": [\"http://img.example.com/1.png\"]}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"tags\": [\"\"]}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\\u0000\"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"tags\": \"뉴스\"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": 5}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"price\": \"1000\"}",
            "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\", \"body\": \"\\u001b[31m\"}",
            "[1, 2]"})
    void whatTheSchemaRefusesTheWorkerRefuses(String value) throws Exception {
        assertThat(SCHEMA.validate(JSON.readTree(value))).as("the schema refuses it").isNotEmpty();
        assertThatThrownBy(() -> records.change(record("news-1:a.1", value))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theKeyNamesTheItemAndATombstoneDeletesIt() {
        assertThat(records.change(record("news-1:a.1", null))).isEqualTo(ContentService.Change.deleted(
                domain.classification.ContentItem.keyOf("news-1", "a.1")));
        String value = "{\"source\": \"news-1\", \"id\": \"a.1\", \"title\": \"t\"}";
        for (String key : List.of("news-1:a.2", "news-2:a.1", "news-1", ":a.1", "news-1:", "")) {
            assertThatThrownBy(() -> records.change(record(key, value))).as(key).isInstanceOf(InvalidInputException.class);
        }
        assertThatThrownBy(() -> records.change(record(null, value))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> records.change(record("news-1:a.1", "not json"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theWorkerAloneChecksThatCategoriesAndRegionsExist() throws Exception {
        for (String value : List.of("{\"source\": \"n\", \"id\": \"a\", \"title\": \"t\", \"category\": \"content.gossip\"}",
                "{\"source\": \"n\", \"id\": \"a\", \"title\": \"t\", \"regions\": [\"atlantis\"]}")) {
            JsonNode tree = JSON.readTree(value);
            assertThat(SCHEMA.validate(tree)).isEmpty();
            assertThatThrownBy(() -> records.change(record("n:a", value))).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aRecordLargerThan64KiBIsRefusedWhole() {
        String value = "{\"source\": \"n\", \"id\": \"a\", \"title\": \"t\", \"body\": \"" + "가".repeat(22_000) + "\"}";
        assertThatThrownBy(() -> records.change(record("n:a", value))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("65536 bytes");
    }

    @Test
    void theStreamsTimeIsWhenTheVersionArrived() {
        ConsumerRecord<String, String> stamped = new ConsumerRecord<>("gudok.content", 0, 1L, 1_700_000_000_000L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, 0, "n:a", "{\"source\": \"n\", \"id\": \"a\", \"title\": \"t\"}",
                new org.apache.kafka.common.header.internals.RecordHeaders(), java.util.Optional.empty());
        assertThat(records.change(stamped).item().receivedAt()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));
        assertThat(records.change(record("n:a", "{\"source\": \"n\", \"id\": \"a\", \"title\": \"t\"}")).item().receivedAt()).isEqualTo(NOW);
    }
}

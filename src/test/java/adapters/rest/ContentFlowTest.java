package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Partners' content on the gudok.content stream, end to end on Kafka, PostgreSQL and the search engine: an item joins
 * the pools it matches, follows its new versions in and out, leaves when its feed deletes it; records that break the
 * schema go to the dead-letter topic with the reason, and the stream goes on.
 */
@QuarkusTest
class ContentFlowTest {
    private static final String TOPIC = "gudok.content", DEAD_LETTERS = "gudok.dead-letters.classification";

    private static List<String> members(String pool) {
        return as(TestTokens.admin()).queryParam("limit", 100).get("/admin/pools/" + pool + "/members").then().statusCode(200)
                .extract().jsonPath().getList("items.item", String.class);
    }

    private static List<String> until(String pool, java.util.function.Predicate<List<String>> ready) {
        return Fixtures.readUntil(() -> members(pool), ready);
    }

    private static String item(String source, String id, String title, String category) {
        return """
                {"source": "%s", "id": "%s", "title": "%s", "body": "제휴사 소식입니다", "category": "%s",
                 "tags": ["뉴스"], "imageUrls": ["https://img.example.com/1.png"], "price": 12000, "regions": ["seoul"]}"""
                .formatted(source, id, title, category);
    }

    @Test
    void anItemFollowsItsVersionsInAndOutOfAPoolAndLeavesWhenDeleted() throws Exception {
        String word = "강아지" + System.nanoTime() % 100_000;
        String pool = as(TestTokens.admin()).body(Map.of("name", "dog news", "subject", "CONTENT", "filter",
                        Map.of("and", List.of(Map.of("keywords", Map.of("any", List.of(word))), Map.of("category", List.of("content"))))))
                .post("/admin/pools").then().statusCode(201).extract().path("id");
        String source = "feed-" + System.nanoTime() % 1_000_000;
        String key = source + ":a-1";
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, key, item(source, "a-1", "귀여운 " + word + "가 왔어요", "content.news"))).get();
            assertThat(until(pool, m -> !m.isEmpty())).containsExactly("content:" + key);

            producer.send(new ProducerRecord<>(TOPIC, key, item(source, "a-1", "고양이 소식", "content.news"))).get();
            assertThat(until(pool, List::isEmpty)).isEmpty();

            producer.send(new ProducerRecord<>(TOPIC, key, item(source, "a-1", word + " 간식 이벤트", "content.event"))).get();
            assertThat(until(pool, m -> !m.isEmpty())).containsExactly("content:" + key);

            producer.send(new ProducerRecord<String, String>(TOPIC, key, null)).get(); // the feed deleted it
            assertThat(until(pool, List::isEmpty)).isEmpty();
        }
        String metrics = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("gudok_classification_items_total{kind=\"CONTENT\"}", "gudok_classification_lag_seconds_bucket",
                "gudok_classification_matches_total");
        // the schema partners write to, served beside the API's document
        io.restassured.RestAssured.get("/schemas/content-item.json").then().statusCode(200)
                .body("$schema", org.hamcrest.Matchers.equalTo("https://json-schema.org/draft/2020-12/schema"));
    }

    @Test
    @contract.SendsInvalidRequests
    void recordsThatBreakTheSchemaAreDeadLetteredAndTheStreamGoesOn() throws Exception {
        String word = "원두" + System.nanoTime() % 100_000;
        String pool = as(TestTokens.admin()).body(Map.of("name", "beans", "subject", "CONTENT", "filter",
                Map.of("keywords", Map.of("any", List.of(word))))).post("/admin/pools").then().statusCode(201).extract().path("id");
        String source = "feed-" + System.nanoTime() % 1_000_000;
        String valid = item(source, "b-1", word + " 소식", "content.news");
        String tooLarge = item(source, "b-2", word, "content.news").replace("제휴사 소식입니다", "가".repeat(30_000));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, source + ":b-1", valid.replace("\"price\": 12000", "\"prices\": 12000")));
            producer.send(new ProducerRecord<>(TOPIC, source + ":other", valid));
            producer.send(new ProducerRecord<>(TOPIC, source + ":b-1", valid.replace("content.news", "content.gossip")));
            producer.send(new ProducerRecord<>(TOPIC, source + ":b-2", tooLarge));
            producer.send(new ProducerRecord<>(TOPIC, source + ":b-1", "not json"));
            producer.send(new ProducerRecord<>(TOPIC, source + ":b-1", valid.replace(word + " 소식", word + "\\u0000")));
            producer.send(new ProducerRecord<>(TOPIC, source + ":b-1", valid)).get();
        }
        assertThat(until(pool, m -> !m.isEmpty())).containsExactly("content:" + source + ":b-1");
        Map<String, String> reasons = deadLetters(source, 6);
        assertThat(reasons).hasSize(6);
        assertThat(reasons.values()).anySatisfy(r -> assertThat(r).contains("prices"))
                .anySatisfy(r -> assertThat(r).contains("key"))
                .anySatisfy(r -> assertThat(r).contains("category"))
                .anySatisfy(r -> assertThat(r).contains("65536 bytes"))
                .anySatisfy(r -> assertThat(r).contains("control characters"));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092", ProducerConfig.LINGER_MS_CONFIG, 20),
                new StringSerializer(), new StringSerializer());
    }

    /** The dead letters of this source's records, value prefix → reason, once {@code expected} came (or after 30 s). */
    private static Map<String, String> deadLetters(String source, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "content-dead-letter-test-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            Map<String, String> reasons = new java.util.LinkedHashMap<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (reasons.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() == null || !record.key().startsWith(source + ":")) continue;
                    reasons.put(record.partition() + "@" + record.offset(), new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8));
                }
            }
            return reasons;
        }
    }
}

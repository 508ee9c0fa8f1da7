package adapters.kafka;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import adapters.classification.KoreanAnalysis;
import adapters.classification.LuceneMonitorClassifier;
import adapters.rest.Fixtures;
import adapters.rest.TestTokens;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.ClassificationService;
import domain.classification.ClassifierUnavailableException;
import domain.classification.ContentItem;
import domain.classification.Filters;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemSource;
import domain.classification.Memberships;
import domain.classification.StoredFilter;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.SeparateTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * A second instance's embedded classifier, beside the running app, kept in step from the topics alone: it is never
 * the worker of these changes, yet it holds every filter and every item, as they were before it started (the fill)
 * and as they change after (the feed). On real Kafka and PostgreSQL.
 */
@QuarkusTest
class EmbeddedClassifierFeedTest {
    private static final String CONTENT = "gudok.content";
    @Inject
    ItemSource items;
    @Inject
    Filters filters;
    @Inject
    Memberships memberships;
    @Inject
    SeparateTransaction transactions;
    @Inject
    EventLog events;
    @Inject
    BusinessCalendar calendar;
    @Inject
    KoreanAnalysis analysis;
    @Inject
    ObjectMapper json;
    @Inject
    adapters.rest.Database database;

    @Test
    void anotherInstancesClassifierHoldsEveryFilterAndItemBeforeAndAfterItStarts() throws Exception {
        String admin = TestTokens.admin();
        long run = System.nanoTime() % 100_000;
        String before = "강아지" + run, after = "고양이" + run, changed = "앵무새" + run;
        String source = "feed-" + run;
        String early = pool(admin, "CONTENT", before);
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(record(source, "early", "귀여운 " + before + "가 왔어요")).get();
            // the app's worker has sorted it: from here the record may be behind the worker group's offsets
            Fixtures.eventually(Duration.ofSeconds(30), () -> assertThat(members(admin, early)).containsExactly("content:" + source + ":early"));

            LuceneMonitorClassifier other = new LuceneMonitorClassifier(analysis);
            EmbeddedClassifierFeed feed = feedOf(other, "127.0.0.1:9092");
            try {
                feed.start(other);
                Item earlyItem = content(source, "early", "귀여운 " + before + "가 왔어요");
                // filled: it follows once it answers in step; from then on each check is made once, not retried
                Fixtures.eventually(Duration.ofSeconds(60), () -> inStep(feed));
                assertThat(feed.active()).isTrue();
                assertThat(feed.failingSince()).as("healthy").isNull();
                assertThat(other.classify(List.of(earlyItem)).get(earlyItem.key())).contains(UUID.fromString(early));
                assertThat(matching(other, early)).contains(earlyItem.key());

                // after it started: a new pool and a new item, a changed pool, a plan, each made on "another instance"
                String late = pool(admin, "CONTENT", after);
                String plans = pool(admin, "PLAN", after);
                producer.send(record(source, "late", after + " 소식")).get();
                as(admin).body(Map.of("name", "changed", "filter", Map.of("keywords", Map.of("any", List.of(changed)))))
                        .put("/admin/pools/" + early).then().statusCode(200);
                Fixtures.ShopAccess shop = Fixtures.shop();
                String product = shop.partner().body(Map.of("name", "우리집 " + after + " 사료", "unitPrice", Map.of("amount", 9900)))
                        .post("/partner/products").then().statusCode(201).extract().path("id");
                String plan = Fixtures.plan(shop, Map.of("productId", product, "name", "매달 사료", "kind", "REGULAR_DELIVERY",
                        "price", Map.of("amount", 9900), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 3)));
                Item lateItem = content(source, "late", after + " 소식");
                ItemKey planKey = new ItemKey(domain.classification.ItemKind.PLAN, plan);
                Item planItem = items.current(List.of(planKey)).get(planKey);
                // the app's worker has sorted every one of these changes: they are all on Kafka
                Fixtures.eventually(Duration.ofSeconds(30), () -> {
                    assertThat(members(admin, late)).containsExactly(lateItem.key().value());
                    assertThat(members(admin, plans)).containsExactly(planKey.value());
                    assertThat(members(admin, early)).isEmpty();
                });
                allPublished();
                inStep(feed);
                assertThat(matching(other, late)).containsExactly(lateItem.key());
                assertThat(matching(other, plans)).containsExactly(planKey);
                assertThat(matching(other, early)).isEmpty(); // its words changed
                Map<ItemKey, Set<UUID>> sorted = other.classify(List.of(earlyItem, lateItem, planItem)); // other tests' pools too
                assertThat(sorted.get(earlyItem.key())).doesNotContain(UUID.fromString(early));
                assertThat(sorted.get(lateItem.key())).contains(UUID.fromString(late));
                assertThat(sorted.get(planKey)).as("it holds the plans' pool").contains(UUID.fromString(plans));

                // a deleted pool, a deleted item, a retired product
                StoredFilter lateFilter = stored(late);
                String keep = pool(admin, "CONTENT", after); // to see the item's deletion sorted by the app
                Fixtures.eventually(Duration.ofSeconds(30), () -> assertThat(members(admin, keep)).containsExactly(lateItem.key().value()));
                as(admin).delete("/admin/pools/" + late).then().statusCode(204);
                producer.send(new ProducerRecord<>(CONTENT, source + ":late", null)).get();
                shop.partner().post("/partner/products/" + product + "/retire").then().statusCode(200); // its plans go too
                Fixtures.eventually(Duration.ofSeconds(30), () -> {
                    assertThat(members(admin, keep)).isEmpty();
                    assertThat(members(admin, plans)).isEmpty();
                    as(admin).get("/admin/pools/" + late).then().statusCode(404);
                });
                allPublished(); // the pool's deletion too
                inStep(feed);
                assertThat(other.classify(List.of(lateItem)).get(lateItem.key())).doesNotContain(UUID.fromString(late));
                assertThat(keys(other, lateFilter)).isEmpty();
                assertThat(matching(other, plans)).isEmpty();
            } finally {
                feed.close();
                other.close();
            }
        }
    }

    @Test
    void aFeedThatCannotReachKafkaSaysSinceWhenAndWhy() throws Exception {
        LuceneMonitorClassifier other = new LuceneMonitorClassifier(analysis);
        EmbeddedClassifierFeed feed = feedOf(other, "127.0.0.1:1");
        try {
            feed.start(other);
            Fixtures.eventually(Duration.ofSeconds(40), () -> assertThat(feed.failingSince()).isNotNull());
            assertThat(feed.lastFailure()).isNotBlank();
            assertThatThrownBy(feed::awaitInStep).isInstanceOf(ClassifierUnavailableException.class); // the worker waits
        } finally {
            feed.close();
            other.close();
        }
    }

    /** Another instance's feed of its own, empty classifier, on this app's database and the given Kafka. */
    private EmbeddedClassifierFeed feedOf(LuceneMonitorClassifier classifier, String bootstrapServers) {
        classifier.expectFill();
        return new EmbeddedClassifierFeed(bootstrapServers, "gudok",
                new ClassificationService(classifier, items, filters, memberships, transactions, events, calendar), json, calendar);
    }

    /** Every platform event recorded so far is on Kafka (the outbox's relay published it; parked ones, refused by the broker, aside). */
    private void allPublished() {
        Fixtures.eventually(Duration.ofSeconds(30), () ->
                assertThat(database.count("SELECT count(*) FROM event_outbox WHERE published_at IS NULL AND parked_at IS NULL")).isZero());
    }

    private static void inStep(EmbeddedClassifierFeed feed) {
        try {
            feed.awaitInStep();
        } catch (ClassifierUnavailableException notYet) {
            throw new AssertionError(notYet);
        }
    }

    private static String pool(String admin, String subject, String word) {
        return as(admin).body(Map.of("name", word, "subject", subject, "filter", Map.of("keywords", Map.of("any", List.of(word)))))
                .post("/admin/pools").then().statusCode(201).extract().path("id");
    }

    private static List<String> members(String admin, String pool) {
        return as(admin).get("/admin/pools/" + pool + "/members").then().statusCode(200).extract().jsonPath().getList("items.item", String.class);
    }

    private StoredFilter stored(String id) {
        return filters.byId(UUID.fromString(id)).orElseThrow().stored();
    }

    private List<ItemKey> matching(LuceneMonitorClassifier classifier, String pool) {
        return keys(classifier, stored(pool));
    }

    private static List<ItemKey> keys(LuceneMonitorClassifier classifier, StoredFilter filter) {
        List<ItemKey> found = new ArrayList<>();
        classifier.matchingItems(filter, 100, found::addAll);
        return found;
    }

    private static Item content(String source, String id, String title) {
        return ContentItem.parse(source, id, title, "제휴사 소식입니다", "content.news", List.of("뉴스"), List.of(), 12000L, List.of("seoul"),
                Instant.now()).item();
    }

    private static ProducerRecord<String, String> record(String source, String id, String title) {
        return new ProducerRecord<>(CONTENT, source + ":" + id, """
                {"source": "%s", "id": "%s", "title": "%s", "body": "제휴사 소식입니다", "category": "content.news",
                 "tags": ["뉴스"], "price": 12000, "regions": ["seoul"]}""".formatted(source, id, title));
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092", ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new StringSerializer());
    }
}

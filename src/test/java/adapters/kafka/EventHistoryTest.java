package adapters.kafka;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import adapters.rest.TestTokens;
import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.shared.EventLog;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * The history consumer against the real broker: what the relay publishes appears in GET /admin/events once; the
 * same event delivered again is dropped by the inbox; a record that is no platform event does not stop it.
 */
@QuarkusTest
class EventHistoryTest {
    @Inject
    EventLog events;

    @Inject
    adapters.Inbox inbox;

    @Inject
    javax.sql.DataSource dataSource;

    @Test
    void marksOlderThanTheCutoffAreForgottenAndARepeatAfterThatWouldBeNew() throws Exception {
        String old = UUID.randomUUID().toString();
        String recent = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(inbox.firstDelivery("purge-test", "/test", old)).isTrue();
            assertThat(inbox.firstDelivery("purge-test", "/test", recent)).isTrue();
        });
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "UPDATE event_inbox SET processed_at = now() - interval '40 days' WHERE consumer = 'purge-test' AND event_id = ?")) {
            statement.setString(1, old);
            statement.executeUpdate();
        }
        QuarkusTransaction.requiringNew().run(() -> inbox.purgeProcessedBefore(Instant.now().minus(Duration.ofDays(31)), 10_000));
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(inbox.firstDelivery("purge-test", "/test", recent)).as("kept: still a repeat").isFalse();
            assertThat(inbox.firstDelivery("purge-test", "/test", old)).as("forgotten").isTrue();
        });
    }

    private static Subscription subscription() {
        return Subscription.start("user-" + UUID.randomUUID(), ShopId.random(), UUID.randomUUID(), PlanKind.REGULAR_DELIVERY, 1,
                new DeliveryAddress("김영희", "010-9876-5432", "서울 강남구 테헤란로 1", null, "06236"),
                LocalDate.of(2026, 12, 10), null, Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private static List<Map<String, Object>> eventsAbout(String subject, int expected) {
        return adapters.rest.Fixtures.readUntil(() -> as(TestTokens.admin()).queryParam("subject", subject).get("/admin/events")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items"), items -> items.size() >= expected);
    }

    @Test
    void aPublishedEventAppearsOnceAndARepeatIsDropped() throws Exception {
        Subscription subscription = subscription();
        String subject = subscription.id().toString();
        Instant at = Instant.parse("2026-12-07T03:04:05.123456Z");
        QuarkusTransaction.requiringNew().run(() -> events.record(List.of(
                new SubscriptionEvent.SubscriptionCreated(subscription, at),
                new SubscriptionEvent.SubscriptionPaused(subscription, at.plusSeconds(1)))));

        List<Map<String, Object>> items = eventsAbout(subject, 2);
        assertThat(items).extracting(i -> i.get("type"))
                .containsExactly("io.gudok.subscription.created.v1", "io.gudok.subscription.paused.v1");
        Map<String, Object> created = items.get(0);
        assertThat(created.get("specversion")).isEqualTo("1.0");
        assertThat(created.get("source")).isEqualTo("/gudok/subscriptions");
        assertThat(created.get("subject")).isEqualTo(subject);
        assertThat(created.get("time")).isEqualTo("2026-12-07T03:04:05.123456Z");
        assertThat(JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(created)).getString("data.id")).isEqualTo(subject);

        // The same event (source + id) delivered again, as a relay that crashed before marking it would: dropped.
        String id = (String) created.get("id");
        String resumed = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092", ProducerConfig.LINGER_MS_CONFIG, 50),
                new StringSerializer(), new StringSerializer())) {
            producer.send(cloudEvent(subject, id, "io.gudok.subscription.created.v1", "{\"id\":\"" + subject + "\"}"));
            // Not a platform event at all: to the dead-letter topic, and the consumer goes on.
            producer.send(new ProducerRecord<>("gudok.subscriptions", subject, "not an event"));
            // A control character in an attribute: refused the same way.
            producer.send(cloudEvent(subject + "\u0000", UUID.randomUUID().toString(), "io.gudok.subscription.resumed.v1", "{}"));
            // A closure that names someone else: refused before its batch's transaction, not tried for ever.
            producer.send(cloudEvent(subject, UUID.randomUUID().toString(), "io.gudok.account.closed.v1", "{\"userId\":\"someone-else\"}"));
            // A new event under the same key, so in the same partition, read after those above, and sent twice in a
            // row (most likely read in one batch): kept once.
            producer.send(cloudEvent(subject, resumed, "io.gudok.subscription.resumed.v1", "{\"id\":\"" + subject + "\"}"));
            producer.send(cloudEvent(subject, resumed, "io.gudok.subscription.resumed.v1", "{\"id\":\"" + subject + "\"}"));
            // Read after all of them: once it is kept, so is everything before it.
            producer.send(cloudEvent(subject, UUID.randomUUID().toString(), "io.gudok.subscription.cancelled.v1", "{\"id\":\"" + subject + "\"}")).get();
        }
        assertThat(eventsAbout(subject, 4)).extracting(i -> i.get("type")).containsExactly(
                "io.gudok.subscription.created.v1", "io.gudok.subscription.paused.v1", "io.gudok.subscription.resumed.v1",
                "io.gudok.subscription.cancelled.v1");
        assertThat(deadLettersWithKey(subject, 3)).containsExactlyInAnyOrder("not an event", "{}", "{\"userId\":\"someone-else\"}");
    }

    /** The values of the dead letters under {@code key}, once {@code expected} came (or after 30 s). */
    private static List<String> deadLettersWithKey(String key, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-test-" + UUID.randomUUID()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("gudok.dead-letters.event-history"));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(200))) {
                    if (!key.equals(record.key()) && !(key + "\u0000").equals(record.key())) continue;
                    assertThat(record.headers().lastHeader("dead-letter-reason")).isNotNull();
                    values.add(record.value());
                }
            }
            return values;
        }
    }

    @Test
    @contract.SendsInvalidRequests
    void theSubjectIsRequiredAndChecked() {
        as(TestTokens.admin()).get("/admin/events").then().statusCode(400);
        as(TestTokens.admin()).queryParam("subject", "a\u0001b").get("/admin/events").then().statusCode(400);
        as(TestTokens.newUser()).queryParam("subject", "x").get("/admin/events").then().statusCode(403);
    }

    private static ProducerRecord<String, String> cloudEvent(String subject, String id, String type, String data) {
        ProducerRecord<String, String> record = new ProducerRecord<>("gudok.subscriptions", subject, data);
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/gudok/subscriptions".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", subject.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_time", "2026-12-07T03:04:07.123456Z".getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        return record;
    }
}

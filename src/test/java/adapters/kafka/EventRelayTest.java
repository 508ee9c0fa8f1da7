package adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.DeliveryAddress;
import domain.shared.EventLog;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay against the real PostgreSQL and Kafka: what a committed transaction records reaches its topic
 * as a CloudEvent (read with the CloudEvents SDK), keyed and in order; what a rolled-back one records never does.
 */
@QuarkusTest
class EventRelayTest {
    @Inject
    EventLog events;

    @Inject
    ObjectMapper json;

    @Inject
    javax.sql.DataSource dataSource;

    /** Writes an outbox row as a broken release might have: around the outbox's own checks. */
    private long insertRow(String type, String subject, String data) throws Exception {
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement("""
                INSERT INTO event_outbox (event_id, context, type, subject, occurred_at, data)
                VALUES (gen_random_uuid(), 'SUBSCRIPTIONS', ?, ?, now(), ?) RETURNING position""")) {
            statement.setString(1, type);
            statement.setString(2, subject);
            statement.setString(3, data);
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private String parkedError(long position) {
        try (var connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT last_error FROM event_outbox WHERE position = ? AND parked_at IS NOT NULL")) {
            statement.setLong(1, position);
            try (var row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anEventKafkaCanNeverTakeIsParkedAndTheRestFlows() throws Exception {
        Subscription after = subscription();
        try (PlatformEventsReader reader = new PlatformEventsReader("gudok.subscriptions")) {
            long unknown = insertRow("subscription.exploded", UUID.randomUUID().toString(), "{}");
            long tooLarge = insertRow("subscription.paused", UUID.randomUUID().toString(), "{\"x\":\"" + "가".repeat(800_000) + "\"}");
            QuarkusTransaction.requiringNew().run(() -> events.record(new SubscriptionEvent.SubscriptionResumed(after, Instant.now())));

            assertThat(reader.await(r -> after.id().toString().equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
            // The relay parks a refused record when the broker answers, which may come after later records' answers.
            adapters.rest.Fixtures.eventually(Duration.ofSeconds(30), () -> {
                assertThat(parkedError(unknown)).contains("not in the event catalog");
                assertThat(parkedError(tooLarge)).contains("RecordTooLarge");
            });
        }
    }

    private static Subscription subscription() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Subscription.start("user-" + UUID.randomUUID(), ShopId.random(), UUID.randomUUID(), PlanKind.REGULAR_DELIVERY, 2,
                new DeliveryAddress("홍길동", "010-1234-5678", "서울 중구 세종대로 110", null, "04524"),
                LocalDate.of(2026, 12, 10), null, now);
    }

    @Test
    void aCommittedEventIsPublishedAsACloudEvent() throws Exception {
        Subscription subscription = subscription();
        Instant at = Instant.parse("2026-12-07T01:02:03.456789Z");
        try (PlatformEventsReader reader = new PlatformEventsReader("gudok.subscriptions")) {
            QuarkusTransaction.requiringNew().run(() -> events.record(new SubscriptionEvent.SubscriptionPaused(subscription, at)));

            List<ConsumerRecord<String, CloudEvent>> found = reader.await(r -> subscription.id().toString().equals(r.key()), 1, Duration.ofSeconds(30));
            assertThat(found).hasSize(1);
            ConsumerRecord<String, CloudEvent> record = found.get(0);
            CloudEvent event = record.value();
            assertThat(event.getSpecVersion()).isEqualTo(SpecVersion.V1);
            assertThat(UUID.fromString(event.getId())).isNotNull();
            assertThat(event.getSource()).hasToString("/gudok/subscriptions");
            assertThat(event.getType()).isEqualTo("io.gudok.subscription.paused.v1");
            assertThat(event.getSubject()).isEqualTo(subscription.id().toString());
            assertThat(event.getTime().toInstant()).isEqualTo(at);
            assertThat(event.getDataContentType()).isEqualTo("application/json");
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8)).isEqualTo("application/json");
            assertThat(event.getExtension("traceparent")).isNull();
            JsonNode data = json.readTree(event.getData().toBytes());
            assertThat(data.get("id").asText()).isEqualTo(subscription.id().toString());
            assertThat(data.get("state").asText()).isEqualTo("ACTIVE");
            assertThat(data.get("address").get("recipient").asText()).isEqualTo("홍길동");
            assertThat(data.has("userId")).as("the subscriber's own view: no user id").isFalse();
        }
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        Subscription rolledBack = subscription();
        Subscription committed = subscription();
        Instant at = Instant.now();
        try (PlatformEventsReader reader = new PlatformEventsReader("gudok.subscriptions")) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    events.record(new SubscriptionEvent.SubscriptionCancelled(rolledBack, at));
                    throw new IllegalStateException("the use case fails after recording");
                });
            } catch (IllegalStateException expected) {
                // rolled back
            }
            QuarkusTransaction.requiringNew().run(() -> events.record(new SubscriptionEvent.SubscriptionCreated(committed, at)));

            // The committed one, recorded after, arrives; the rolled-back one never does.
            assertThat(reader.await(r -> committed.id().toString().equals(r.key()), 1, Duration.ofSeconds(30))).hasSize(1);
            reader.readFor(Duration.ofMillis(500));
            assertThat(reader.seen()).noneMatch(r -> rolledBack.id().toString().equals(r.key()));
        }
    }

    @Test
    void oneSubjectsEventsArriveInTheOrderTheyWereCommitted() {
        Subscription subscription = subscription();
        int count = 40;
        try (PlatformEventsReader reader = new PlatformEventsReader("gudok.subscriptions")) {
            for (int i = 0; i < count; i++) {
                Instant at = Instant.parse("2026-12-07T00:00:00Z").plusSeconds(i);
                QuarkusTransaction.requiringNew().run(() -> events.record(List.of(
                        new SubscriptionEvent.SubscriptionPaused(subscription, at),
                        new SubscriptionEvent.SubscriptionResumed(subscription, at))));
            }
            List<ConsumerRecord<String, CloudEvent>> found = reader.await(r -> subscription.id().toString().equals(r.key()), 2 * count, Duration.ofSeconds(30));
            assertThat(found).hasSize(2 * count);
            assertThat(found.stream().map(r -> r.partition()).distinct()).hasSize(1);
            for (int i = 0; i < count; i++) {
                assertThat(found.get(2 * i).value().getType()).isEqualTo("io.gudok.subscription.paused.v1");
                assertThat(found.get(2 * i + 1).value().getType()).isEqualTo("io.gudok.subscription.resumed.v1");
                assertThat(found.get(2 * i).value().getTime().toInstant()).isEqualTo(Instant.parse("2026-12-07T00:00:00Z").plusSeconds(i));
            }
        }
    }

    @Test
    void moreEventsInOneCallThanOneStatementTakesAreAllKeptInOrder() throws Exception {
        Subscription subscription = subscription();
        int count = 10_001; // 70,007 parameters: more than one statement takes (65,535)
        List<SubscriptionEvent> many = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant at = Instant.parse("2026-12-07T00:00:00Z").plusSeconds(i);
            many.add(i % 2 == 0 ? new SubscriptionEvent.SubscriptionPaused(subscription, at) : new SubscriptionEvent.SubscriptionResumed(subscription, at));
        }
        QuarkusTransaction.requiringNew().run(() -> events.record(many));
        try (var connection = dataSource.getConnection(); var statement = connection.prepareStatement(
                "SELECT occurred_at FROM event_outbox WHERE subject = ? ORDER BY position")) {
            statement.setString(1, subscription.id().toString());
            List<Instant> kept = new java.util.ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) kept.add(rows.getObject(1, java.time.OffsetDateTime.class).toInstant());
            }
            assertThat(kept).hasSize(count).isSorted();
        }
    }
}

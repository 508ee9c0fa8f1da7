package adapters.rest;

import static adapters.rest.Fixtures.as;
import static adapters.rest.WalletFixtures.APPROVING_CARD;
import static adapters.rest.WalletFixtures.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import adapters.kafka.PlatformEventsReader;
import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent;
import domain.delivery.DeliveryTimeframe;
import domain.delivery.ViewDeliveriesUseCase;
import domain.shared.EventLog;
import domain.shared.PageRequest;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionEvent;
import domain.subscription.ViewSubscriptionsUseCase;
import domain.wallet.TopUpUseCase;
import domain.wallet.WalletEvent;
import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A user closes their account, against the real PostgreSQL and Kafka: their personal data leaves the database,
 * the event history and the outbox; their payment records stay; the closure is published; nothing new starts.
 */
@QuarkusTest
class AccountClosureTest {
    private static final String CLOSED = "io.gudok.account.closed.v1";

    @Inject
    EventLog events;
    @Inject
    ViewSubscriptionsUseCase subscriptions;
    @Inject
    ViewDeliveriesUseCase deliveries;
    @Inject
    TopUpUseCase topUps;
    @Inject
    Database database;

    @Test
    void aUserWhoCancelledClosesTheirAccountAndTheirPersonalDataGoesEverywhere() {
        // A name found nowhere else, to look for in every table afterwards.
        String secret = "Erasable" + UUID.randomUUID().toString().replace("-", "");
        String user = TestTokens.newUser();
        String userId = TestTokens.subjectOf(user);
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, "MONDAY");

        // Money in and out: the wallet is empty again, its records stay.
        String card = WalletFixtures.linkCard(user, APPROVING_CARD);
        String topUp = WalletFixtures.topUp(user, card, 20_000).then().statusCode(201).extract().path("id");
        String payment = as(user).body(Map.of("shopId", shop.id(), "amount", won(20_000), "reference", "order 1"))
                .post("/wallet/payments").then().statusCode(201).extract().path("id");

        // Subscribed with an Idempotency-Key: the answer kept for a retry holds the address too.
        Map<String, Object> body = new HashMap<>(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(14)));
        Map<String, Object> address = new HashMap<>(Fixtures.address());
        address.put("recipient", "Kim " + secret);
        body.put("address", address);
        String subscription = as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/subscriptions").then().statusCode(201).extract().path("id");
        recordTheEventsOf(userId, subscription, topUp);
        Delivery delivery = firstDelivery(userId, subscription);
        // An alert named by the secret, which matches the shop's plans: its events name the user as owner.
        String alert = as(user).body(Map.of("name", "Kim " + secret, "subject", "PLAN", "filter", Map.of("price", Map.of("min", 0))))
                .post("/alerts").then().statusCode(201).extract().path("id");
        Fixtures.weeklyPlan(shop, 1, "TUESDAY"); // a plan after the alert: a match told to the user
        Fixtures.eventually(Duration.ofSeconds(30), () -> {
            assertThat(dataOfEventsAbout(alert)).anyMatch(data -> data.contains(secret));
            assertThat(database.count("SELECT count(*) FROM event_history WHERE source = '/gudok/classification'"
                    + " AND type = 'io.gudok.classification.matched.v1' AND data::jsonb ->> 'owner' = '" + userId + "'")).isPositive();
        });
        // The history holds the address, in the subscription's events and its delivery's.
        Fixtures.eventually(Duration.ofSeconds(30), () -> {
            assertThat(dataOfEventsAbout(subscription)).anyMatch(data -> data.contains(secret));
            assertThat(dataOfEventsAbout(delivery.id().toString())).anyMatch(data -> data.contains(secret));
            assertThat(dataOfEventsAbout(userId)).isNotEmpty();
        });

        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);

        try (PlatformEventsReader reader = new PlatformEventsReader("gudok.accounts")) {
            JsonPath closed = as(user).post("/account/close").then().statusCode(200)
                    .body("userId", equalTo(userId))
                    .body("subscriptionIds", equalTo(List.of(subscription)))
                    .body("paymentRecordsKeptUntil", equalTo(Fixtures.today().plusYears(5).toString()))
                    .extract().jsonPath();
            // Idempotent: closing again answers the first closure, and publishes nothing more.
            assertThat(as(user).post("/account/close").then().statusCode(200).extract().jsonPath().getMap(""))
                    .isEqualTo(closed.getMap(""));

            List<ConsumerRecord<String, CloudEvent>> published = reader.await(r -> userId.equals(r.key()), 1, Duration.ofSeconds(30));
            reader.readFor(Duration.ofSeconds(1));
            assertThat(reader.seen().stream().filter(r -> userId.equals(r.key()))).hasSize(1);
            CloudEvent event = published.get(0).value();
            assertThat(event.getType()).isEqualTo(CLOSED);
            assertThat(event.getSource().toString()).isEqualTo("/gudok/accounts");
            assertThat(event.getSubject()).isEqualTo(userId);
            JsonPath data = JsonPath.from(new String(event.getData().toBytes(), StandardCharsets.UTF_8));
            assertThat(data.getString("userId")).isEqualTo(userId);
            assertThat(data.getList("subscriptionIds")).containsExactly(subscription);
            assertThat(data.getString("closedAt")).isEqualTo(closed.getString("closedAt"));
        }

        // The subscription and its deliveries keep an anonymised address.
        as(user).get("/subscriptions/" + subscription).then().statusCode(200)
                .body("address.recipient", equalTo("(erased)")).body("address.phone", equalTo("000-0000-0000"))
                .body("address.line1", equalTo("(erased)")).body("address.line2", equalTo(null))
                .body("address.postalCode", equalTo("00000"));
        assertThat(as(user).queryParam("when", "past").get("/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("items.address.recipient")).isNotEmpty().containsOnly("(erased)");
        // The payment records stay, and can still be read.
        as(user).get("/wallet/payments").then().statusCode(200).body("items.id", equalTo(List.of(payment)));
        as(user).get("/wallet/top-ups").then().statusCode(200).body("items.id", equalTo(List.of(topUp)));
        // The card is unlinked and its last digits gone.
        as(user).get("/wallet/funding-sources").then().statusCode(200).body("items.size()", equalTo(0));
        as(user).get("/wallet/funding-sources/" + card).then().statusCode(200)
                .body("last4", equalTo("****")).body("unlinkedAt", org.hamcrest.Matchers.notNullValue());
        assertThat(database.text("SELECT payment_records_until::text FROM closed_accounts WHERE user_id = '" + userId + "'"))
                .isEqualTo(Fixtures.today().plusYears(5).toString());

        // Nothing new starts on a closed account.
        accountClosed(as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/subscriptions"));
        accountClosed(as(user).body(Map.of("kind", "CARD", "number", APPROVING_CARD)).post("/wallet/funding-sources"));
        accountClosed(WalletFixtures.topUp(user, card, 1_000));

        // The history forgets the subscription's events, its delivery's and the wallet's, and keeps the closure;
        // the outbox blanks what it still keeps; then the name is in no table at all.
        Fixtures.eventually(Duration.ofSeconds(30), () -> {
            assertThat(dataOfEventsAbout(subscription)).isEmpty();
            assertThat(dataOfEventsAbout(delivery.id().toString())).isEmpty();
            assertThat(typesOfEventsAbout(userId)).containsExactly(CLOSED);
        });
        assertThat(database.count("SELECT count(*) FROM event_outbox WHERE subject IN ('" + subscription + "', '" + delivery.id()
                + "', '" + userId + "') AND type <> 'account.closed' AND data <> '{}'")).isZero();
        // The alert goes (the classification worker reads the closure), and nothing told of it names the user any more.
        Fixtures.eventually(Duration.ofSeconds(30), () -> {
            assertThat(database.count("SELECT count(*) FROM filters WHERE owner = '" + userId + "'")).isZero();
            assertThat(database.count("SELECT count(*) FROM event_history WHERE source = '/gudok/classification'"
                    + " AND data::jsonb ->> 'owner' = '" + userId + "'")).as("the history of the user's alerts").isZero();
            assertThat(database.tablesContaining(secret)).isEmpty();
        });
        // Told without the name (and blanked too if the history's erasure came after it was recorded).
        assertThat(database.count("SELECT count(*) FROM event_outbox WHERE type = 'filter.deleted' AND subject = '" + alert + "'"
                + " AND (data = '{}' OR data::jsonb ->> 'name' = '(erased)')")).as("the deletion told without the name").isOne();
    }

    @Test
    void anAccountWithARunningSubscriptionOrMoneyIsNotClosedAndNothingChanges() {
        String user = TestTokens.newUser();
        String userId = TestTokens.subjectOf(user);
        String plan = Fixtures.weeklyPlan(Fixtures.shop(), 2, "FRIDAY");
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(10));
        String card = WalletFixtures.linkCard(user, APPROVING_CARD);

        as(user).post("/account/close").then().statusCode(409)
                .body("type", equalTo("https://gudok.io/problems/state-conflict"))
                .body("detail", containsString("holding subscription " + subscription + " (ACTIVE)"))
                .body("detail", containsString("cancel it first"));
        as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("address.recipient", equalTo("Kim Minji"));
        as(user).get("/wallet/funding-sources/" + card).then().statusCode(200).body("last4", equalTo("4242"))
                .body("unlinkedAt", equalTo(null));
        assertThat(database.count("SELECT count(*) FROM closed_accounts WHERE user_id = '" + userId + "'")).isZero();

        // Cancelled, but money left in the wallet: refunded first.
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);
        WalletFixtures.topUp(user, card, 5_000).then().statusCode(201);
        as(user).post("/account/close").then().statusCode(409).body("detail", containsString("holding 5000 KRW"));
        assertThat(database.count("SELECT count(*) FROM closed_accounts WHERE user_id = '" + userId + "'")).isZero();
        // Still open: it subscribes again.
        Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(10));
    }

    /**
     * A subscribe that arrives while the account is being closed waits for the closure, then sees it: its check
     * reads the closed accounts only after it holds the account's lock, not as they were when it asked for it.
     */
    @Test
    void aSubscribeThatWaitedForAClosureSeesTheAccountClosed() throws Exception {
        String user = TestTokens.newUser();
        String userId = TestTokens.subjectOf(user);
        String plan = Fixtures.weeklyPlan(Fixtures.shop(), 2, "FRIDAY");
        java.util.concurrent.CompletableFuture<io.restassured.response.Response> subscribing;
        // A closure under way, as CloseAccount makes it: the account's lock, held exclusively, then the closed account.
        try (Database.HeldLock closing = database.begin(
                "SELECT pg_advisory_xact_lock(" + 0x61636374 + ", hashtext('" + userId + "'))",
                "INSERT INTO closed_accounts (user_id, closed_at, payment_records_until, subscription_ids) VALUES ('"
                        + userId + "', now(), current_date + 1826, '{}')")) {
            subscribing = java.util.concurrent.CompletableFuture.supplyAsync(() -> as(user)
                    .body(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(10))).post("/subscriptions"));
            closing.awaitWaiting(1);
            closing.commit();
        }
        accountClosed(subscribing.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertThat(database.count("SELECT count(*) FROM subscriptions WHERE user_id = '" + userId + "'")).isZero();
    }

    private static void accountClosed(io.restassured.response.Response answer) {
        answer.then().statusCode(403).body("type", equalTo("https://gudok.io/problems/account-closed"))
                .body("detail", containsString("closed"));
    }

    /**
     * The events the subscription, its first delivery and the top-up publish, recorded here as their use cases
     * record them (those wire the event log in on their own).
     */
    private void recordTheEventsOf(String userId, String subscriptionId, String topUpId) {
        Subscription subscription = subscriptions.subscription(userId, UUID.fromString(subscriptionId));
        Delivery delivery = firstDelivery(userId, subscriptionId);
        var topUp = topUps.topUpOf(userId, UUID.fromString(topUpId));
        var now = Fixtures.now();
        QuarkusTransaction.requiringNew().run(() -> events.record(List.of(
                new SubscriptionEvent.SubscriptionCreated(subscription, now),
                new DeliveryEvent.DeliveryScheduled(delivery, now),
                new WalletEvent.TopUpSucceeded(topUp, now))));
    }

    private Delivery firstDelivery(String userId, String subscriptionId) {
        var page = deliveries.deliveries(userId, UUID.fromString(subscriptionId), DeliveryTimeframe.UPCOMING, new PageRequest(null, 1));
        if (page.items().isEmpty()) page = deliveries.deliveries(userId, UUID.fromString(subscriptionId), DeliveryTimeframe.PAST, new PageRequest(null, 1));
        return page.items().get(0);
    }

    private static List<Map<String, Object>> eventsAbout(String subject) {
        return as(TestTokens.admin()).queryParam("subject", subject).queryParam("limit", 100).get("/admin/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private static List<String> dataOfEventsAbout(String subject) {
        return eventsAbout(subject).stream().map(item -> String.valueOf(item.get("data"))).toList();
    }

    private static List<Object> typesOfEventsAbout(String subject) {
        return eventsAbout(subject).stream().map(item -> item.get("type")).toList();
    }
}

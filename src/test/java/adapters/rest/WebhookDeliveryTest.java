package adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.equalTo;

import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end on the real PostgreSQL, Kafka and RabbitMQ: a shop's changes become events, the events
 * signed messages to its endpoints on a loopback receiver, verified with the Standard Webhooks reference library.
 * (Retries wait 1 s in the test profile instead of the standard schedule.)
 */
@QuarkusTest
class WebhookDeliveryTest {
    private static final Duration WITHIN = Duration.ofSeconds(40);
    private static WebhookReceiver receiver;

    @Inject
    Database database;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aShopHearsOfItsCatalogAndSubscriptionsSignedAndOnce() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint all = endpoint(shop, "/ok/all", List.of());
        Endpoint onlySubscriptions = endpoint(shop, "/ok/subscriptions", List.of("subscription.created"));
        Fixtures.ShopAccess other = Fixtures.shop();
        Endpoint others = endpoint(other, "/ok/other", List.of());

        String plan = Fixtures.weeklyPlan(shop, 1, "FRIDAY");
        String subscription = Fixtures.subscribe(TestTokens.newUser(), plan, 1, Fixtures.today().plusDays(10));

        Fixtures.eventually(WITHIN, () -> assertThat(types(receiver.at(all.path())))
                .contains("product.created", "plan.created", "subscription.created", "delivery.scheduled"));
        Fixtures.eventually(WITHIN, () -> assertThat(types(receiver.at(onlySubscriptions.path()))).containsExactly("subscription.created"));
        for (WebhookReceiver.Received message : receiver.at(all.path())) {
            assertThatCode(() -> new Webhook(all.secret()).verify(message.body(), message.headers())).doesNotThrowAnyException();
            JsonPath body = JsonPath.from(message.body());
            assertThat(body.getString("data.shopId")).isEqualTo(shop.id());
            assertThat(body.getString("timestamp")).isNotBlank();
        }
        assertThat(receiver.at(all.path()).stream().map(WebhookReceiver.Received::id).distinct().count())
                .as("each message once, by webhook-id").isEqualTo(receiver.at(all.path()).size());
        WebhookReceiver.Received created = receiver.at(onlySubscriptions.path()).get(0);
        assertThat(JsonPath.from(created.body()).getString("data.id")).isEqualTo(subscription);
        assertThatCode(() -> new Webhook(onlySubscriptions.secret()).verify(created.body(), created.headers())).doesNotThrowAnyException();
        // Another shop's endpoint hears nothing of it.
        assertThat(receiver.at(others.path()).stream().map(WebhookReceiver.Received::body)).noneMatch(b -> b.contains(shop.id()));
    }

    @Test
    void aFailedAttemptIsMadeAgainWithTheSameIdAndEveryAttemptIsLogged() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint flaky = endpoint(shop, "/flaky/a", List.of("product.created"));
        Endpoint busy = endpoint(shop, "/busy/a", List.of("product.created"));
        Fixtures.product(shop);

        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(flaky.path())).hasSize(2));
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(busy.path())).hasSize(2));
        assertThat(receiver.at(flaky.path()).stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
        for (WebhookReceiver.Received attempt : receiver.at(flaky.path())) {
            assertThatCode(() -> new Webhook(flaky.secret()).verify(attempt.body(), attempt.headers())).doesNotThrowAnyException();
        }
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts(
                "SELECT coalesce(a.status_code::text, '-') FROM webhook_attempts a JOIN webhook_messages m ON m.id = a.message_id"
                        + " WHERE m.endpoint_id = '" + flaky.id() + "' AND m.state = 'DELIVERED' ORDER BY a.number")).containsExactly("500", "200"));
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts(
                "SELECT coalesce(a.status_code::text, '-') FROM webhook_attempts a JOIN webhook_messages m ON m.id = a.message_id"
                        + " WHERE m.endpoint_id = '" + busy.id() + "' AND m.state = 'DELIVERED' ORDER BY a.number")).containsExactly("429", "200"));
    }

    @Test
    void aGoneReceiverDisablesItsEndpointAndARedirectIsNotFollowed() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint gone = endpoint(shop, "/gone/a", List.of("product.created"));
        Endpoint moved = endpoint(shop, "/moved/a", List.of("product.created"));
        Endpoint big = endpoint(shop, "/big/a", List.of("product.created"));
        Endpoint told = endpoint(shop, "/told/a", List.of("webhook_endpoint.disabled"));
        int okBefore = receiver.at("/ok").size();
        Fixtures.product(shop);

        Fixtures.eventually(WITHIN, () -> shop.partner().get("/partner/webhooks/endpoints/" + gone.id()).then().statusCode(200)
                .body("status", equalTo("DISABLED")).body("disabledReason", equalTo("GONE")));
        assertThat(receiver.at(gone.path())).hasSize(1);
        // The shop is told, on its endpoint that asked for it: the endpoint as the API shows it, no secret in it.
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(told.path())).singleElement().satisfies(message -> {
            JsonPath body = JsonPath.from(message.body());
            assertThat(body.getString("type")).isEqualTo("webhook_endpoint.disabled");
            assertThat(body.getString("data.id")).isEqualTo(gone.id());
            assertThat(body.getString("data.shopId")).isEqualTo(shop.id());
            assertThat(body.getString("data.disabledReason")).isEqualTo("GONE");
            assertThat(message.body()).doesNotContain("whsec_").doesNotContain(gone.secret());
            assertThatCode(() -> new Webhook(told.secret()).verify(message.body(), message.headers())).doesNotThrowAnyException();
        }));
        // A redirect (303) is a failure like any other: retried on the schedule (4 attempts in the test profile), never followed.
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts("SELECT state FROM webhook_messages WHERE endpoint_id = '"
                + moved.id() + "'")).containsExactly("FAILED"));
        assertThat(receiver.at(moved.path())).hasSize(4);
        assertThat(receiver.at("/ok").size()).isEqualTo(okBefore);
        // A huge answer with a NUL in it: the first KiB kept, as text.
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts("SELECT a.response_body FROM webhook_attempts a JOIN webhook_messages m"
                + " ON m.id = a.message_id WHERE m.endpoint_id = '" + big.id() + "' AND a.number = 1")).singleElement()
                .satisfies(body -> assertThat(body).startsWith("\uFFFDbroken").hasSizeLessThanOrEqualTo(1024)));
    }

    @Test
    void aReceiverThatHangsIsCutOffAndTriedAgain() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint slow = endpoint(shop, "/slow/a", List.of("product.created"));
        Fixtures.product(shop);
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts("SELECT a.error FROM webhook_attempts a JOIN webhook_messages m"
                + " ON m.id = a.message_id WHERE m.endpoint_id = '" + slow.id() + "' AND a.number = 1"))
                .singleElement().satisfies(error -> assertThat(error).contains("no answer within 3 s")));
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(slow.path()).size()).isGreaterThanOrEqualTo(2));
    }

    @Test
    void duringARotationBothSecretsSignThenOnlyTheNewOne() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint endpoint = endpoint(shop, "/ok/rotation", List.of("product.created"));
        String fresh = shop.partner().post("/partner/webhooks/endpoints/" + endpoint.id() + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        Fixtures.product(shop);
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(endpoint.path())).hasSize(1));
        WebhookReceiver.Received during = receiver.at(endpoint.path()).get(0);
        assertThat(during.signature().split(" ")).hasSize(2);
        assertThatCode(() -> new Webhook(fresh).verify(during.body(), during.headers())).doesNotThrowAnyException();
        assertThatCode(() -> new Webhook(endpoint.secret()).verify(during.body(), during.headers())).doesNotThrowAnyException();

        // The overlap over (as if a day had passed): the old secret signs no more.
        database.execute("UPDATE webhook_endpoints SET previous_secret_until = '" + Fixtures.now().minusSeconds(1) + "' WHERE id = '"
                + endpoint.id() + "'"); // the app's clock (the test clock), which decides
        Fixtures.product(shop);
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(endpoint.path())).hasSize(2));
        WebhookReceiver.Received after = receiver.at(endpoint.path()).get(1);
        assertThat(after.signature().split(" ")).hasSize(1);
        assertThatCode(() -> new Webhook(fresh).verify(after.body(), after.headers())).doesNotThrowAnyException();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Webhook(endpoint.secret()).verify(after.body(), after.headers()))
                .isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
    }

    @Test
    void anEndpointWhoseHostTurnsPrivateIsNotCalled() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint endpoint = endpoint(shop, "/ok/rebound", List.of("product.created"));
        // As if its name had come to resolve to an address inside the platform's network after it was registered.
        database.execute("UPDATE webhook_endpoints SET url = 'https://10.0.0.1/hook' WHERE id = '" + endpoint.id() + "'");
        Fixtures.product(shop);

        Fixtures.eventually(WITHIN, () -> assertThat(database.texts("SELECT a.error FROM webhook_attempts a JOIN webhook_messages m"
                + " ON m.id = a.message_id WHERE m.endpoint_id = '" + endpoint.id() + "' AND a.number = 1"))
                .singleElement().satisfies(error -> assertThat(error).contains("private address")));
        assertThat(receiver.at(endpoint.path())).isEmpty();
    }

    @Test
    void aClosedAccountLeavesNoPersonalDataInTheMessages() {
        String secret = "Erasable" + java.util.UUID.randomUUID().toString().replace("-", "");
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint endpoint = endpoint(shop, "/ok/closure", List.of("subscription.created", "subscription.cancelled", "delivery.scheduled"));
        String plan = Fixtures.weeklyPlan(shop, 1, "MONDAY");
        String user = TestTokens.newUser();
        Map<String, Object> body = new java.util.HashMap<>(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(14)));
        Map<String, Object> address = new java.util.HashMap<>(Fixtures.address());
        address.put("recipient", "Kim " + secret);
        body.put("address", address);
        String subscription = Fixtures.as(user).body(body).post("/subscriptions").then().statusCode(201).extract().path("id");
        Fixtures.as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);
        Fixtures.eventually(WITHIN, () -> assertThat(types(receiver.at(endpoint.path()))).contains("subscription.created",
                "delivery.scheduled", "subscription.cancelled"));
        assertThat(database.tablesContaining(secret)).contains("webhook_messages");

        Fixtures.as(user).post("/account/close").then().statusCode(200);

        Fixtures.eventually(WITHIN, () -> assertThat(database.tablesContaining(secret)).doesNotContain("webhook_messages"));
        assertThat(database.count("SELECT count(*) FROM webhook_messages WHERE subscription_id = '" + subscription + "'")).isPositive();
    }

    @Test
    void aShopReadsTheLogReplaysAfterAnOutageAndSendsItselfATest() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint flaky = endpoint(shop, "/flaky/log", List.of("product.created"));
        Endpoint gone = endpoint(shop, "/gone/log", List.of("product.created"));
        Fixtures.product(shop);
        String base = "/partner/webhooks/endpoints/";

        Fixtures.eventually(WITHIN, () -> shop.partner().get(base + flaky.id() + "/messages").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].state", equalTo("DELIVERED")).body("items[0].attempts", equalTo(2)));
        String message = shop.partner().get(base + flaky.id() + "/messages?state=delivered").then().statusCode(200)
                .extract().path("items[0].id");
        shop.partner().get(base + flaky.id() + "/messages/" + message).then().statusCode(200)
                .body("attempts.statusCode", equalTo(List.of(500, 200)))
                .body("message.webhookId", equalTo(receiver.at(flaky.path()).get(0).id()))
                .body("payload", org.hamcrest.Matchers.containsString("\"type\":\"product.created\""));
        // Another shop sees none of it.
        Fixtures.shop().partner().get(base + flaky.id() + "/messages/" + message).then().statusCode(404);

        // A delivered message sent again on request: the same webhook-id, a third attempt.
        shop.partner().post(base + flaky.id() + "/messages/" + message + "/replay").then().statusCode(202);
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at(flaky.path())).hasSize(3));
        assertThat(receiver.at(flaky.path()).stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);

        // The receiver that answered 410 is back at a new address: its failed messages since the outage go again.
        Fixtures.eventually(WITHIN, () -> shop.partner().get(base + gone.id()).then().body("status", equalTo("DISABLED")));
        shop.partner().body(Map.of("since", Fixtures.now().minusSeconds(3600).toString())).post(base + gone.id() + "/replay")
                .then().statusCode(409);
        shop.partner().body(Map.of("url", receiver.url("/ok/back"), "eventTypes", List.of("product.created"), "enabled", true))
                .put(base + gone.id()).then().statusCode(200);
        shop.partner().body(Map.of("since", Fixtures.now().minusSeconds(3600).toString())).post(base + gone.id() + "/replay")
                .then().statusCode(202).body("replayed", equalTo(1)).body("more", equalTo(false));
        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at("/ok/back")).hasSize(1));
        WebhookReceiver.Received back = receiver.at("/ok/back").get(0);
        assertThatCode(() -> new Webhook(gone.secret()).verify(back.body(), back.headers())).doesNotThrowAnyException();

        // A test message, signed like the rest.
        String location = shop.partner().post(base + gone.id() + "/test").then().statusCode(202)
                .body("eventType", equalTo("webhook.test")).extract().header("Location");
        Fixtures.eventually(WITHIN, () -> assertThat(types(receiver.at("/ok/back"))).contains("webhook.test"));
        Fixtures.eventually(WITHIN, () -> shop.partner().get(location).then().statusCode(200).body("message.state", equalTo("DELIVERED")));
    }

    @Test
    @contract.SendsInvalidRequests
    void theLogRefusesWhatItCannotRead() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Endpoint endpoint = endpoint(shop, "/ok/refusals", List.of("product.created"));
        String base = "/partner/webhooks/endpoints/" + endpoint.id();
        shop.partner().get(base + "/messages?state=LOST").then().statusCode(400);
        shop.partner().get(base + "/messages/not-an-id").then().statusCode(404); // an id that is no UUID names nothing
        shop.partner().get(base + "/messages/" + java.util.UUID.randomUUID()).then().statusCode(404);
        shop.partner().body(Map.of()).post(base + "/replay").then().statusCode(400);
        shop.partner().body(Map.of("since", "0000-01-01T00:00:00Z")).post(base + "/replay").then().statusCode(400);
        shop.partner().post("/partner/webhooks/endpoints/" + java.util.UUID.randomUUID() + "/test").then().statusCode(404);
    }

    private record Endpoint(String id, String path, String secret) { }

    private static Endpoint endpoint(Fixtures.ShopAccess shop, String path, List<String> types) {
        JsonPath created = shop.partner().body(Map.of("url", receiver.url(path), "eventTypes", types))
                .post("/partner/webhooks/endpoints").then().statusCode(201).extract().jsonPath();
        return new Endpoint(created.getString("id"), path, created.getString("secret"));
    }

    private static Set<String> types(List<WebhookReceiver.Received> received) {
        return received.stream().map(r -> JsonPath.from(r.body()).getString("type")).collect(Collectors.toSet());
    }
}

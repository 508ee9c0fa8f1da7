package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A subscription's whole life reaches its shop's endpoint: subscribed, paid, dispatched, shipped, cancelled, each as
 * one signed message (by webhook-id) that the Standard Webhooks reference library accepts. The profile bills
 * tomorrow's deliveries at once (shared with NotificationsTest, so the application starts once for both).
 */
@QuarkusTest
@TestProfile(NotificationsTest.BillNowAndPushToLoopback.class)
class WebhookFullFlowTest {
    private static final Duration WITHIN = Duration.ofSeconds(40);
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSubscriptionsLifeArrivesSignedAndEachEventOnce() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        List<String> wanted = List.of("subscription.created", "delivery.paid", "delivery.dispatched", "delivery.shipped",
                "subscription.cancelled");
        JsonPath endpoint = shop.partner().body(Map.of("url", receiver.url("/ok/flow"), "eventTypes", wanted))
                .post("/partner/webhooks/endpoints").then().statusCode(201).extract().jsonPath();
        String secret = endpoint.getString("secret");
        String user = WalletFixtures.userWithBalance(50_000);
        LocalDate today = Fixtures.today();
        String subscription = Fixtures.subscribe(user, Fixtures.weeklyPlan(shop, 1, today.getDayOfWeek().name()), 1, today);
        String delivery = Fixtures.readUntil(() -> as(user).get("/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").get(0), d -> "DISPATCHED".equals(d.get("state"))).get("id").toString();
        // The shop's callback, retried under its Idempotency-Key after a lost answer: the first answer again, one event.
        Map<String, String> shipment = Map.of("carrier", "CJ대한통운", "trackingNumber", "6868-1234-5678");
        String shippedAt = shop.partner().header("Idempotency-Key", "ship-" + delivery).body(shipment)
                .post("/partner/deliveries/" + delivery + "/shipment").then().statusCode(200).extract().path("shipment.shippedAt");
        shop.partner().header("Idempotency-Key", "ship-" + delivery).body(shipment).post("/partner/deliveries/" + delivery + "/shipment")
                .then().statusCode(200).body("shipment.shippedAt", org.hamcrest.Matchers.equalTo(shippedAt));
        shop.partner().header("Idempotency-Key", "ship-" + delivery).body(Map.of("carrier", "CJ대한통운", "trackingNumber", "other"))
                .post("/partner/deliveries/" + delivery + "/shipment").then().statusCode(422);
        shop.partner().body(shipment).post("/partner/deliveries/" + delivery + "/shipment").then().statusCode(409);
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);

        Fixtures.eventually(WITHIN, () -> assertThat(receiver.at("/ok/flow")).extracting(r -> JsonPath.from(r.body()).getString("type"))
                .containsExactlyInAnyOrderElementsOf(wanted));
        List<WebhookReceiver.Received> received = receiver.at("/ok/flow");
        assertThat(received).extracting(WebhookReceiver.Received::id).doesNotHaveDuplicates();
        for (WebhookReceiver.Received message : received) {
            assertThatCode(() -> new Webhook(secret).verify(message.body(), message.headers())).doesNotThrowAnyException();
            JsonPath body = JsonPath.from(message.body());
            String about = body.getString("type").startsWith("delivery.") ? body.getString("data.subscriptionId") : body.getString("data.id");
            assertThat(about).isEqualTo(subscription);
        }
        JsonPath shipped = received.stream().map(r -> JsonPath.from(r.body())).filter(b -> "delivery.shipped".equals(b.getString("type")))
                .findFirst().orElseThrow();
        assertThat(shipped.getString("data.shipment.trackingNumber")).isEqualTo("6868-1234-5678");
        // A forged or altered message is refused by the same library: the signature covers id, timestamp and body.
        WebhookReceiver.Received first = received.get(0);
        assertThat(catchVerify(secret, first.body().replace("\"type\"", "\"typo\""), first)).isNotNull();
    }

    private static Throwable catchVerify(String secret, String body, WebhookReceiver.Received message) {
        try {
            new Webhook(secret).verify(body, message.headers());
            return null;
        } catch (Exception refused) {
            return refused;
        }
    }
}

package adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A shop manages its webhook endpoints through the partner API, against the real PostgreSQL. */
@QuarkusTest
class WebhookEndpointsTest {
    @Inject
    Database database;

    @Test
    void aShopRegistersEditsDisablesRotatesAndRemovesAnEndpoint() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        JsonPath created = shop.partner().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("delivery.paid", "delivery.shipped"),
                        "description", "orders system"))
                .post("/partner/webhooks/endpoints").then().statusCode(201)
                .header("Cache-Control", containsString("no-store"))
                .body("status", equalTo("ENABLED")).body("secret", startsWith("whsec_"))
                .extract().jsonPath();
        String id = created.getString("id");
        String secret = created.getString("secret");

        // The secret is kept encrypted and never shown again.
        assertThat(database.count("SELECT count(*) FROM webhook_endpoints WHERE id = '" + id + "' AND secret LIKE '%whsec_%'")).isZero();
        shop.partner().get("/partner/webhooks/endpoints/" + id).then().statusCode(200)
                .body("secret", nullValue()).body("eventTypes", equalTo(List.of("delivery.paid", "delivery.shipped")))
                .body("description", equalTo("orders system"));
        assertThat(shop.partner().get("/partner/webhooks/endpoints").then().statusCode(200).extract().asString()).doesNotContain(secret);

        shop.partner().body(Map.of("url", "http://127.0.0.1:9/hook2", "eventTypes", List.of(), "enabled", false))
                .put("/partner/webhooks/endpoints/" + id).then().statusCode(200)
                .body("status", equalTo("DISABLED")).body("disabledReason", equalTo("BY_SHOP"))
                .body("eventTypes", equalTo(List.of())).body("url", equalTo("http://127.0.0.1:9/hook2"));
        shop.partner().body(Map.of("url", "http://127.0.0.1:9/hook2", "enabled", true))
                .put("/partner/webhooks/endpoints/" + id).then().statusCode(200)
                .body("status", equalTo("ENABLED")).body("disabledReason", nullValue());

        JsonPath rotated = shop.partner().post("/partner/webhooks/endpoints/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", startsWith("whsec_")).body("secret", not(equalTo(secret))).extract().jsonPath();
        shop.partner().get("/partner/webhooks/endpoints/" + id).then().statusCode(200)
                .body("previousSecretUntil", equalTo(rotated.getString("previousSecretUntil")));

        // Another shop sees none of it.
        Fixtures.ShopAccess other = Fixtures.shop();
        other.partner().get("/partner/webhooks/endpoints/" + id).then().statusCode(404);
        other.partner().delete("/partner/webhooks/endpoints/" + id).then().statusCode(404);
        other.partner().get("/partner/webhooks/endpoints").then().statusCode(200).body("items.id", not(hasItem(id)));

        shop.partner().delete("/partner/webhooks/endpoints/" + id).then().statusCode(204);
        shop.partner().get("/partner/webhooks/endpoints/" + id).then().statusCode(404);
    }

    @Test
    @contract.SendsInvalidRequests
    void badSettingsAreRefusedWithWhatIsWrong() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        problem(shop, Map.of("url", "https://169.254.169.254/latest/meta-data"), "url", "private");
        problem(shop, Map.of("url", "http://partner.example.com/hook"), "url", "https");
        problem(shop, Map.of("url", "https://u:p@partner.example.com/hook"), "url", "user name");
        problem(shop, Map.of("url", "https://partner.example.com/hook", "eventTypes", List.of("topup.succeeded")), "eventTypes", "topup.succeeded");
        Map<String, Object> withNull = new HashMap<>(Map.of("url", "https://partner.example.com/hook"));
        withNull.put("eventTypes", java.util.Arrays.asList("delivery.paid", null));
        problem(shop, withNull, "eventTypes", "null");
        problem(shop, Map.of("url", "https://partner.example.com/hook", "description", "x".repeat(501)), "description", "500");
        problem(shop, Map.of(), "url", "required");
        assertThat(database.count("SELECT count(*) FROM webhook_endpoints WHERE shop_id = '" + shop.id() + "'")).isZero();
    }

    private static void problem(Fixtures.ShopAccess shop, Map<String, ?> body, String field, String saying) {
        shop.partner().body(body).post("/partner/webhooks/endpoints").then().statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.find { it.name == '" + field + "' }.reason", containsString(saying));
    }
}

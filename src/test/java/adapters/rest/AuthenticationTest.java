package adapters.rest;

import static adapters.rest.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Missing or bad credentials are 401, the wrong role 403, someone else's subscription 404. */
@QuarkusTest
class AuthenticationTest {
    @Inject
    Database database;

    /**
     * The key is shown once; the database keeps only its SHA-256, so a leaked table opens no shop. That
     * includes the answer kept for replaying the registration: a replay answers without the key.
     */
    @Test
    void aShopsApiKeyIsStoredOnlyAsItsHashAndAReplayLeavesItOut() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String admin = TestTokens.admin();  // keys are scoped to their caller: the replay comes from the same admin
        var first = as(admin).header("Idempotency-Key", key).body(Map.of("name", "hashed keys"))
                .post("/admin/shops").then().statusCode(201).extract().jsonPath();
        String shop = first.getString("id");
        String apiKey = first.getString("apiKey");
        assertThat(apiKey).matches("gdk_[A-Za-z0-9_-]{43}");

        assertThat(database.text("SELECT api_key_hash FROM shops WHERE id = '" + shop + "'")).isEqualTo(sha256(apiKey));
        assertThat(database.tablesContaining(apiKey)).isEmpty();

        as(admin).header("Idempotency-Key", key).body(Map.of("name", "hashed keys")).post("/admin/shops")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(shop)).body("apiKey", org.hamcrest.Matchers.nullValue());
        new Fixtures.ShopAccess(shop, apiKey).partner().get("/partner/products").then().statusCode(200);
    }

    /** A shop that lost its key (or the registration's answer) gets a new one; the old one stops working. */
    @Test
    void anAdminIssuesANewApiKeyAndTheOldOneStopsWorking() throws Exception {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String newKey = as(TestTokens.admin()).post("/admin/shops/" + shop.id() + "/api-key").then().statusCode(200)
                .header("Cache-Control", "no-store").body("id", equalTo(shop.id())).extract().path("apiKey");
        assertThat(newKey).matches("gdk_[A-Za-z0-9_-]{43}").isNotEqualTo(shop.apiKey());
        assertThat(database.text("SELECT api_key_hash FROM shops WHERE id = '" + shop.id() + "'")).isEqualTo(sha256(newKey));

        new Fixtures.ShopAccess(shop.id(), newKey).partner().get("/partner/products").then().statusCode(200);
        shop.partner().get("/partner/products").then().statusCode(401);
        as(TestTokens.admin()).post("/admin/shops/" + java.util.UUID.randomUUID() + "/api-key").then().statusCode(404)
                .contentType("application/problem+json");
        shop.partner().post("/admin/shops/" + shop.id() + "/api-key").then().statusCode(401);
        new Fixtures.ShopAccess(shop.id(), newKey).partner().post("/admin/shops/" + shop.id() + "/api-key").then().statusCode(403);
        as(TestTokens.newUser()).post("/admin/shops/" + shop.id() + "/api-key").then().statusCode(403);
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void noCredentialsIs401Problem() {
        given().get("/subscriptions").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/unauthorized"));
        given().header("X-Api-Key", "").get("/partner/plans").then().statusCode(401);
    }

    @Test
    void tokenSignedWithAnotherKeyOrIssuerIs401() {
        given().auth().oauth2(TestTokens.token("mallory", "user", "https://gudok.io", TestTokens.otherKey()))
                .get("/subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.token("mallory", "user", "https://evil.example", TestTokens.devKey()))
                .get("/subscriptions").then().statusCode(401);
        given().auth().oauth2("not-a-jwt").get("/subscriptions").then().statusCode(401);
    }

    @Test
    void unknownApiKeyIs401() {
        given().header("X-Api-Key", "gdk_unknown").get("/partner/plans").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void wrongRoleIs403() {
        as(TestTokens.newUser()).body(Map.of("name", "my shop")).post("/admin/shops").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("https://gudok.io/problems/forbidden"));
        as(TestTokens.newUser()).get("/partner/plans").then().statusCode(403);
        Fixtures.shop().partner().get("/subscriptions").then().statusCode(403);
        Fixtures.shop().partner().get("/admin/shops").then().statusCode(403);
    }

    @Test
    void anotherUsersSubscriptionDoesNotExistForYou() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.monthlyPlan(shop, 1);
        String owner = TestTokens.newUser();
        String subscription = Fixtures.subscribe(owner, plan, 1, Fixtures.today().plusDays(1));
        String stranger = TestTokens.newUser();

        as(stranger).get("/subscriptions/" + subscription).then().statusCode(404).contentType("application/problem+json");
        as(stranger).get("/subscriptions/" + subscription + "/deliveries").then().statusCode(404);
        as(stranger).post("/subscriptions/" + subscription + "/pause").then().statusCode(404);
        as(stranger).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(404);
        as(stranger).get("/deliveries").then().statusCode(200).body("items.size()", equalTo(0));
        as(owner).get("/subscriptions/" + subscription).then().statusCode(200).body("state", equalTo("ACTIVE"));
    }

    @Test
    void aShopSeesAndShipsOnlyItsOwnDeliveries() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Fixtures.ShopAccess other = Fixtures.shop();
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, Fixtures.monthlyPlan(shop, 10), 1, Fixtures.today().plusDays(1));
        String delivery = SubscriptionJourneyTest.upcoming(user, subscription).get(0).get("id").toString();

        other.partner().get("/partner/deliveries").then().statusCode(200).body("items.size()", equalTo(0));
        other.partner().body(Map.of("carrier", "CJ", "trackingNumber", "1")).post("/partner/deliveries/" + delivery + "/shipment")
                .then().statusCode(404);
        other.partner().post("/partner/plans/" + Fixtures.monthlyPlan(shop, 2) + "/retire").then().statusCode(404);
    }
}

package adapters.rest;

import static adapters.rest.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Missing or bad credentials are 401, the wrong role 403, someone else's subscription 404. */
@QuarkusTest
@SendsInvalidRequests
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

        assertThat(database.text("SELECT key_hash FROM shop_api_keys WHERE shop_id = '" + shop + "'")).isEqualTo(sha256(apiKey));
        assertThat(database.tablesContaining(apiKey)).isEmpty();

        as(admin).header("Idempotency-Key", key).body(Map.of("name", "hashed keys")).post("/admin/shops")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(shop)).body("apiKey", org.hamcrest.Matchers.nullValue());
        new Fixtures.ShopAccess(shop, apiKey).partner().get("/partner/products").then().statusCode(200);
    }

    /** A shop that lost its keys (or the registration's answer) gets another from an admin; its other keys keep working. */
    @Test
    void anAdminIssuesAnotherApiKey() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String newKey = as(TestTokens.admin()).body(Map.of("name", "recovery")).post("/admin/shops/" + shop.id() + "/api-keys")
                .then().statusCode(201).header("Cache-Control", "no-store").header("Location", org.hamcrest.Matchers.endsWith("/partner/api-keys/"
                        + database.text("SELECT id FROM shop_api_keys WHERE shop_id = '" + shop.id() + "' AND name = 'recovery'")))
                .body("name", equalTo("recovery")).extract().path("apiKey");
        assertThat(newKey).matches("gdk_[A-Za-z0-9_-]{43}").isNotEqualTo(shop.apiKey());

        new Fixtures.ShopAccess(shop.id(), newKey).partner().get("/partner/products").then().statusCode(200);
        shop.partner().get("/partner/products").then().statusCode(200);
        as(TestTokens.admin()).body(Map.of("name", "x")).post("/admin/shops/" + java.util.UUID.randomUUID() + "/api-keys")
                .then().statusCode(404).contentType("application/problem+json");
        shop.partner().body(Map.of("name", "x")).post("/admin/shops/" + shop.id() + "/api-keys").then().statusCode(401);
        as(TestTokens.newUser()).body(Map.of("name", "x")).post("/admin/shops/" + shop.id() + "/api-keys").then().statusCode(403);
    }

    /**
     * Rolling a key over: the shop issues a second key, both work at every moment while its systems move,
     * it sees by the last use that the old one is idle, and revokes it. It cannot revoke its last key.
     */
    @Test
    void aShopRollsItsKeyOverWithoutAMomentOfRefusal() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        var issued = shop.partner().body(Map.of("name", "billing system 2027")).post("/partner/api-keys").then().statusCode(201)
                .header("Cache-Control", "no-store").extract().jsonPath();
        Fixtures.ShopAccess next = new Fixtures.ShopAccess(shop.id(), issued.getString("apiKey"));
        assertThat(issued.getString("prefix")).isEqualTo(next.apiKey().substring(0, 10));

        for (int i = 0; i < 20; i++) {
            (i % 2 == 0 ? shop : next).partner().get("/partner/products").then().statusCode(200);
        }
        var keys = next.partner().get("/partner/api-keys").then().statusCode(200).extract().jsonPath();
        assertThat(keys.getList("items.name")).containsExactly("initial", "billing system 2027");
        assertThat(keys.getList("items.lastUsedAt")).doesNotContainNull();
        assertThat(keys.getList("items.prefix")).containsExactly(shop.apiKey().substring(0, 10), next.apiKey().substring(0, 10));
        assertThat(next.partner().get("/partner/api-keys").asString()).doesNotContain(shop.apiKey()).doesNotContain(next.apiKey());

        String oldId = keys.getString("items[0].id");
        next.partner().get("/partner/api-keys/" + issued.getString("id")).then().statusCode(200)
                .body("name", equalTo("billing system 2027")).body("apiKey", org.hamcrest.Matchers.nullValue());
        next.partner().delete("/partner/api-keys/" + oldId).then().statusCode(204);
        next.partner().get("/partner/api-keys/" + oldId).then().statusCode(200).body("revokedAt", org.hamcrest.Matchers.notNullValue());
        shop.partner().get("/partner/products").then().statusCode(401);
        next.partner().get("/partner/products").then().statusCode(200);
        next.partner().get("/partner/api-keys").then().body("items.name", org.hamcrest.Matchers.contains("billing system 2027"));

        next.partner().delete("/partner/api-keys/" + issued.getString("id")).then().statusCode(409)
                .contentType("application/problem+json");
        next.partner().get("/partner/products").then().statusCode(200);
        Fixtures.shop().partner().delete("/partner/api-keys/" + issued.getString("id")).then().statusCode(404);
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
        given().header("Authorization", "Bearer " + TestTokens.token("mallory", "user", "https://gudok.io", TestTokens.otherKey()))
                .get("/subscriptions").then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TestTokens.token("mallory", "user", "https://evil.example", TestTokens.devKey()))
                .get("/subscriptions").then().statusCode(401);
        given().header("Authorization", "Bearer " + "not-a-jwt").get("/subscriptions").then().statusCode(401);
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
    }

    /**
     * One credential per caller kind: partner paths take the shop's API key only, user and admin paths the
     * bearer token only. A token the identity provider signed, whose groups say "partner" and whose upn is a
     * shop's id, used to act as that shop; now it is 401 with the challenge of the credential the path takes.
     */
    @Test
    void theWrongKindOfCredentialIs401WithTheRightChallenge() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String partnerToken = TestTokens.token(shop.id(), "partner", "https://gudok.io", TestTokens.devKey());
        for (String path : new String[] {"/partner/plans", "/partner/products", "/partner/deliveries", "/partner/payable", "/partner/api-keys"}) {
            as(partnerToken).get(path).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "ApiKey header=\"X-Api-Key\"");
            as(TestTokens.newUser()).get(path).then().statusCode(401);
            as(TestTokens.admin()).get(path).then().statusCode(401);
        }
        as(partnerToken).body(Map.of("name", "x", "unitPrice", Map.of("amount", 1, "currency", "KRW")))
                .post("/partner/products").then().statusCode(401);
        as(TestTokens.token("not-a-uuid", "partner", "https://gudok.io", TestTokens.devKey())).get("/partner/plans").then().statusCode(401);

        for (String path : new String[] {"/subscriptions", "/wallet", "/deliveries", "/plans", "/admin/shops", "/admin/jobs"}) {
            shop.partner().get(path).then().statusCode(401).contentType("application/problem+json").header("WWW-Authenticate", "Bearer");
        }
        // both at once: the path's own credential counts, the other is ignored
        shop.partner().header("Authorization", "Bearer " + TestTokens.newUser()).get("/partner/plans").then().statusCode(200);
        as(TestTokens.newUser()).header("X-Api-Key", shop.apiKey()).get("/subscriptions").then().statusCode(200);
    }

    /** A token whose subject no user could have is refused as a credential, not answered with a 500. */
    @Test
    void malformedTokenSubjectsAre401() {
        for (String subject : new String[] {"nul\\u0000inside", "x".repeat(300), "   ", "tab\\tinside"}) {
            String token = TestTokens.token(subject, "user", "https://gudok.io", TestTokens.devKey());
            as(token).get("/wallet").then().statusCode(401).contentType("application/problem+json");
            as(token).get("/subscriptions").then().statusCode(401);
            as(token).body(Map.of("kind", "CARD", "number", "4242424242424242")).post("/wallet/funding-sources").then().statusCode(401);
        }
        String admin = TestTokens.token("x".repeat(300), "admin", "https://gudok.io", TestTokens.devKey());
        as(admin).get("/admin/shops").then().statusCode(401);
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

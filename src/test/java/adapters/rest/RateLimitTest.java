package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each user and each shop (all its API keys together) has its own quota (5 requests a minute here); a request over it is a 429
 * problem with Retry-After that changes nothing, and every counted answer says what is left
 * (RateLimit-Policy and RateLimit, draft-ietf-httpapi-ratelimit-headers-09).
 */
@QuarkusTest
@TestProfile(RateLimitTest.FiveAMinute.class)
class RateLimitTest {
    public static class FiveAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gudok.rate-limit.user.requests", "5", "gudok.rate-limit.shop.requests", "5");
        }
    }

    @Inject
    Database database;

    @Test
    void aUserOverTheQuotaIs429WithRetryAfterAndNothingHappens() {
        String user = TestTokens.newUser();
        for (int i = 4; i >= 0; i--) {
            as(user).get("/wallet").then().statusCode(200)
                    .header("RateLimit-Policy", "\"user\";q=5;w=60")
                    .header("RateLimit", org.hamcrest.Matchers.startsWith("\"user\";r=" + i + ";t="));
        }
        long sources = database.count("SELECT count(*) FROM funding_sources");
        Response refused = as(user).body(Map.of("kind", "CARD", "number", "4242424242424242")).post("/wallet/funding-sources");
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/rate-limited")).body("status", equalTo(429))
                .header("RateLimit", org.hamcrest.Matchers.startsWith("\"user\";r=0;t="));
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
        assertThat(database.count("SELECT count(*) FROM funding_sources")).isEqualTo(sources);

        as(TestTokens.newUser()).get("/wallet").then().statusCode(200);  // another user has a quota of their own
    }

    /** Issuing another key gives a shop no more requests: its keys share the shop's quota. */
    @Test
    void aShopsKeysShareTheShopsQuota() {
        String admin = TestTokens.admin();
        var registered = as(admin).body(Map.of("name", "limited shop")).post("/admin/shops").then().statusCode(201).extract().jsonPath();
        Fixtures.ShopAccess shop = new Fixtures.ShopAccess(registered.getString("id"), registered.getString("apiKey"));
        String second = shop.partner().body(Map.of("name", "second")).post("/partner/api-keys").then().statusCode(201)
                .header("RateLimit-Policy", "\"shop\";q=5;w=60").extract().path("apiKey");
        Fixtures.ShopAccess other = new Fixtures.ShopAccess(shop.id(), second);
        for (int i = 0; i < 4; i++) (i % 2 == 0 ? shop : other).partner().get("/partner/products").then().statusCode(200);
        shop.partner().get("/partner/products").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        other.partner().get("/partner/products").then().statusCode(429);
        Fixtures.shop().partner().get("/partner/products").then().statusCode(200);  // another shop has its own
    }

    /** Requests refused before the caller is known or allowed (401, 403) do not use up the caller's quota. */
    @Test
    @contract.SendsInvalidRequests
    void refusedCredentialsAndRolesAreNotCounted() {
        String user = TestTokens.newUser();
        for (int i = 0; i < 8; i++) {
            as(user).get("/admin/shops").then().statusCode(403);
            io.restassured.RestAssured.given().get("/subscriptions").then().statusCode(401);
        }
        as(user).get("/wallet").then().statusCode(200).header("RateLimit", org.hamcrest.Matchers.startsWith("\"user\";r=4;"));
    }
}

package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every client mistake is a 4xx application/problem+json that says what is wrong, and nothing is written. */
@QuarkusTest
@SendsInvalidRequests
class BadInputTest {
    private static final String PROBLEMS = "https://gudok.io/problems/";

    @Inject
    Database database;

    private Fixtures.ShopAccess shop;
    private String plan;
    private String user;
    private String subscription;

    @BeforeEach
    void setUp() {
        shop = Fixtures.shop();
        plan = Fixtures.weeklyPlan(shop, 2, "FRIDAY");
        user = TestTokens.newUser();
        subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
    }

    @Test
    void malformedJsonIs400() {
        unchanged(() -> postSubscription("{\"planId\": ").statusCode(400).body("type", equalTo(PROBLEMS + "malformed-json")));
        unchanged(() -> postSubscription("[1, 2]").statusCode(400));
        unchanged(() -> postSubscription("").statusCode(400).body("invalidParams[0].name", equalTo("body")));
    }

    @Test
    void missingFieldsAreAllListed() {
        unchanged(() -> postSubscription("{}").statusCode(400).body("type", equalTo(PROBLEMS + "validation-failed"))
                .body("invalidParams.name", containsInAnyOrder("planId", "quantity", "address", "startDate")));
        unchanged(() -> postSubscription(json(Map.of("planId", plan, "quantity", 1, "startDate", Fixtures.today().plusDays(1).toString(),
                        "address", Map.of("recipient", "Kim"))))
                .statusCode(400).body("invalidParams.name", containsInAnyOrder("address.phone", "address.line1", "address.postalCode")));
    }

    @Test
    void wrongTypesAndUnknownFieldsAre400NamingTheField() {
        String start = Fixtures.today().plusDays(1).toString();
        unchanged(() -> postSubscription("{\"planId\":\"" + plan + "\",\"quantity\":\"two\"}").statusCode(400)
                .body("invalidParams[0].name", equalTo("quantity")));
        unchanged(() -> postSubscription("{\"planId\":\"" + plan + "\",\"quantity\":1.5}").statusCode(400)
                .body("invalidParams[0].name", equalTo("quantity")));
        unchanged(() -> postSubscription("{\"planId\":\"not-a-uuid\"}").statusCode(400)
                .body("invalidParams[0].name", equalTo("planId")));
        unchanged(() -> postSubscription("{\"planId\":\"" + plan + "\",\"startDate\":\"2026-02-30\"}").statusCode(400)
                .body("invalidParams[0].name", equalTo("startDate")));
        unchanged(() -> postSubscription("{\"planId\":\"" + plan + "\",\"quantity\":1,\"startDate\":\"" + start + "\",\"bogus\":1}")
                .statusCode(400).body("invalidParams[0].name", equalTo("bogus")));
        unchanged(() -> postSubscription("{\"planId\":\"" + plan + "\",\"address\":{\"recipient\":7}}").statusCode(400)
                .body("invalidParams[0].name", equalTo("address.recipient")));
    }

    @Test
    void unknownEnumValuesAre400() {
        unchanged(() -> as(user).body("{\"mode\":\"SOMETIMES\"}").post("/subscriptions/" + subscription + "/cancel").then()
                .statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("mode")));
        unchanged(() -> shop.partner().body("{\"productId\":\"" + java.util.UUID.randomUUID() + "\",\"name\":\"x\",\"kind\":\"LEASE\"}")
                .post("/partner/plans").then().statusCode(400).body("invalidParams[0].name", equalTo("kind")));
        unchanged(() -> as(user).queryParam("when", "someday").get("/deliveries").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("when")));
    }

    @Test
    void rulesOfTheDomainAre400() {
        unchanged(() -> postSubscription(json(Fixtures.subscribeBody(plan, 0, Fixtures.today().plusDays(1))))
                .statusCode(400).body("invalidParams[0].name", equalTo("quantity")));
        unchanged(() -> postSubscription(json(Fixtures.subscribeBody(plan, 100, Fixtures.today().plusDays(1))))
                .statusCode(400).body("invalidParams[0].name", equalTo("quantity")));
        unchanged(() -> postSubscription(json(Fixtures.subscribeBody(plan, 1, Fixtures.today().minusDays(1))))
                .statusCode(400).body("invalidParams[0].name", equalTo("startDate")));
        unchanged(() -> postSubscription(json(Fixtures.subscribeBody(java.util.UUID.randomUUID().toString(), 1, Fixtures.today())))
                .statusCode(400).body("invalidParams[0].name", equalTo("planId")));
        unchanged(() -> as(user).body(Map.of("until", Fixtures.today().toString())).post("/subscriptions/" + subscription + "/pause")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("until")));
        unchanged(() -> as(user).body(Map.of()).post("/subscriptions/" + subscription + "/change")
                .then().statusCode(400));
        unchanged(() -> as(user).body(Map.of("quantity", -3)).post("/subscriptions/" + subscription + "/change")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("quantity")));
    }

    @Test
    void negativeOrOverflowingAmountsAre400() {
        unchanged(() -> shop.partner().body("{\"name\":\"beans\",\"unitPrice\":{\"amount\":-1,\"currency\":\"KRW\"}}")
                .post("/partner/products").then().statusCode(400).body("invalidParams[0].name", equalTo("unitPrice.amount")));
        unchanged(() -> shop.partner().body("{\"name\":\"beans\",\"unitPrice\":{\"amount\":99999999999999999999999,\"currency\":\"KRW\"}}")
                .post("/partner/products").then().statusCode(400).body("invalidParams[0].name", equalTo("unitPrice.amount")));
        unchanged(() -> shop.partner().body("{\"name\":\"beans\",\"unitPrice\":{\"amount\":100000000001,\"currency\":\"KRW\"}}")
                .post("/partner/products").then().statusCode(400).body("invalidParams[0].name", equalTo("unitPrice.amount")));
        unchanged(() -> shop.partner().body("{\"name\":\"beans\",\"unitPrice\":{\"amount\":1000,\"currency\":\"USD\"}}")
                .post("/partner/products").then().statusCode(400).body("invalidParams[0].name", equalTo("unitPrice.currency")));
        unchanged(() -> shop.partner().body("{\"name\":\"beans\",\"unitPrice\":{\"amount\":10.5,\"currency\":\"KRW\"}}")
                .post("/partner/products").then().statusCode(400).body("invalidParams[0].name", equalTo("unitPrice.amount")));
    }

    @Test
    void invalidPlansListEveryProblem() {
        String othersProduct = Fixtures.product(Fixtures.shop());
        unchanged(() -> shop.partner().body(Map.of("name", "", "kind", "REGULAR_DELIVERY",
                        "cycle", Map.of("type", "WEEKLY", "everyWeeks", 0)))
                .post("/partner/plans").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("productId", "name", "price.amount", "cycle.everyWeeks", "cycle.dayOfWeek")));
        unchanged(() -> shop.partner().body(Map.of("productId", othersProduct, "name", "stolen", "kind", "REGULAR_DELIVERY",
                        "price", Map.of("amount", 100, "currency", "KRW"), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 32)))
                .post("/partner/plans").then().statusCode(400).body("invalidParams.name", hasItem("cycle.dayOfMonth")));
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"name\":\"" + "x".repeat(200_000) + "\"}";
        unchanged(() -> shop.partner().body(huge).post("/partner/products").then().statusCode(413)
                .contentType("application/problem+json").body("type", equalTo(PROBLEMS + "payload-too-large")));
    }

    @Test
    void oversizedChunkedBodyIs413() throws Exception {
        // Without Content-Length the limit is enforced while the body is read.
        byte[] huge = ("{\"name\":\"" + "x".repeat(200_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port + "/partner/products"))
                .header("X-Api-Key", shop.apiKey()).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build();
        Map<String, Long> before = database.rowCounts();
        var response = java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains(PROBLEMS + "payload-too-large");
        assertThat(database.rowCounts()).isEqualTo(before);
    }

    @Test
    void badIdsPathsMethodsAndMediaTypes() {
        unchanged(() -> as(user).get("/subscriptions/not-a-uuid").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "not-found")));
        unchanged(() -> as(user).get("/subscriptions/" + java.util.UUID.randomUUID()).then().statusCode(404));
        unchanged(() -> as(user).get("/no-such-thing").then().statusCode(404).contentType("application/problem+json"));
        unchanged(() -> as(user).delete("/subscriptions/" + subscription).then().statusCode(405).contentType("application/problem+json"));
        unchanged(() -> as(user).contentType(ContentType.TEXT).body("hello").post("/subscriptions").then().statusCode(415)
                .contentType("application/problem+json"));
        unchanged(() -> as(user).queryParam("limit", "abc").get("/subscriptions").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("limit")));
        unchanged(() -> as(user).queryParam("limit", "0").get("/subscriptions").then().statusCode(400));
        unchanged(() -> as(user).queryParam("cursor", "!!garbage!!").get("/subscriptions").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("cursor")));
    }

    private ValidatableResponse postSubscription(String body) {
        return as(user).body(body).post("/subscriptions").then().contentType("application/problem+json");
    }

    private void unchanged(Runnable request) {
        Map<String, Long> before = database.rowCounts();
        request.run();
        assertThat(database.rowCounts()).isEqualTo(before);
    }

    private static String json(Map<String, Object> body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

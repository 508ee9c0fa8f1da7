package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Input no client should send, sent on purpose: control characters in text, dates and instants beyond what
 * the database stores, other currencies, empty parameters. Each is a 400 problem naming the field, and
 * nothing is written. (Each of these answered 500, or was accepted, before the input rules.)
 */
@QuarkusTest
@SendsInvalidRequests
class HostileInputTest {
    private static final String NUL = "\u0000";

    @Inject
    Database database;

    private Fixtures.ShopAccess shop;
    private String user;

    @BeforeEach
    void setUp() {
        shop = Fixtures.shop();
        user = TestTokens.newUser();
    }

    @Test
    void aNulCharacterInAnyTextFieldIs400NamingTheField() {
        String admin = TestTokens.admin();
        refused("name", () -> as(admin).body(Map.of("name", "shop" + NUL)).post("/admin/shops").then());
        refused("description", () -> shop.partner().body(Map.of("name", "water", "description", "cold" + NUL + "fresh",
                "unitPrice", Map.of("amount", 1000, "currency", "KRW"))).post("/partner/products").then());
        String product = Fixtures.product(shop);
        refused("name", () -> shop.partner().body(Map.of("productId", product, "name", NUL, "kind", "REGULAR_DELIVERY",
                "price", Map.of("amount", 1000, "currency", "KRW"), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 1)))
                .post("/partner/plans").then());
        String plan = Fixtures.monthlyPlan(shop, 1);
        var address = new java.util.HashMap<>(Fixtures.address());
        address.put("line1", "1 Pangyo-ro" + NUL);
        refused("address.line1", () -> as(user).body(Map.of("planId", plan, "quantity", 1,
                "startDate", Fixtures.today().plusDays(1).toString(), "address", address)).post("/subscriptions").then());
        refused("reference", () -> as(user).body(Map.of("shopId", shop.id(), "amount", Map.of("amount", 100, "currency", "KRW"),
                "reference", "order" + NUL)).post("/wallet/payments").then());
        refused("reason", () -> shop.partner().body(Map.of("amount", Map.of("amount", 100, "currency", "KRW"), "reason", "broken" + NUL))
                .post("/partner/payments/" + UUID.randomUUID() + "/refunds").then());
        refused("carrier", () -> shop.partner().body(Map.of("carrier", "CJ" + NUL, "trackingNumber", "1"))
                .post("/partner/deliveries/" + UUID.randomUUID() + "/shipment").then());
        // other control characters too, and a lone surrogate (valid JSON, not valid Unicode)
        refused("name", () -> as(admin).body("{\"name\":\"bell\\u0007\"}").post("/admin/shops").then());
        refused("name", () -> as(admin).body("{\"name\":\"half \\ud800 a pair\"}").post("/admin/shops").then());
    }

    @Test
    void lineBreaksAndKoreanTextAreFine() {
        shop.partner().body(Map.of("name", "제주 삼다수 2L x 6", "description", "line one\nline two\ttabbed",
                "unitPrice", Map.of("amount", 1000, "currency", "KRW"))).post("/partner/products").then().statusCode(201)
                .body("name", equalTo("제주 삼다수 2L x 6"));
    }

    @Test
    void datesBeyondYears1900To9999Are400WhereverTheyEnter() {
        String plan = Fixtures.monthlyPlan(shop, 1);
        for (String date : new String[] {"+9999999-01-01", "-9999999-12-31", "10000-01-01", "1899-12-31"}) {
            refused("startDate", () -> as(user).body("{\"planId\":\"" + plan + "\",\"quantity\":1,\"startDate\":\"" + date + "\","
                    + "\"address\":{\"recipient\":\"Kim\",\"phone\":\"010\",\"line1\":\"1\",\"postalCode\":\"13529\"}}")
                    .post("/subscriptions").then());
            refused("from", () -> shop.partner().queryParam("from", date).get("/partner/deliveries").then());
            refused("to", () -> shop.partner().queryParam("to", date).get("/partner/deliveries").then());
            refused("from", () -> shop.partner().queryParam("from", date).get("/partner/settlement").then());
        }
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        refused("until", () -> as(user).body("{\"until\":\"+9999999-01-01\"}").post("/subscriptions/" + subscription + "/pause").then());
    }

    @Test
    void forgedCursorsHoldingFarInstantsOrDatesAre400() {
        String id = UUID.randomUUID().toString();
        for (String instant : new String[] {"+300000-01-01T00:00:00Z", "-300000-01-01T00:00:00Z"}) {
            String cursor = cursor(instant + "|" + id);
            refused("cursor", () -> as(user).queryParam("cursor", cursor).get("/subscriptions").then());
            refused("cursor", () -> as(user).queryParam("cursor", cursor).get("/wallet/funding-sources").then());
            refused("cursor", () -> as(user).queryParam("cursor", cursor).get("/wallet/movements").then());
            refused("cursor", () -> shop.partner().queryParam("cursor", cursor).get("/partner/products").then());
            refused("cursor", () -> shop.partner().queryParam("cursor", cursor).get("/partner/plans").then());
            refused("cursor", () -> as(TestTokens.admin()).queryParam("cursor", cursor).get("/admin/shops").then());
        }
        for (String date : new String[] {"+9999999-01-01", "-9999999-12-31"}) {
            String cursor = cursor(date + "|" + id);
            refused("cursor", () -> as(user).queryParam("cursor", cursor).get("/deliveries").then());
            refused("cursor", () -> shop.partner().queryParam("cursor", cursor).get("/partner/deliveries").then());
        }
    }

    @Test
    void everySumInAnotherCurrencyIs400() {
        String product = Fixtures.product(shop);
        refused("rental.monthlyFee.currency", () -> shop.partner().body(Map.of("productId", product, "name", "purifier", "kind", "RENTAL",
                "rental", Map.of("monthlyFee", Map.of("amount", 29900, "currency", "USD"), "commitmentMonths", 12,
                        "earlyTerminationFee", Map.of("amount", 100, "currency", "KRW")))).post("/partner/plans").then());
        refused("rental.earlyTerminationFee.currency", () -> shop.partner().body(Map.of("productId", product, "name", "purifier",
                "kind", "RENTAL", "rental", Map.of("monthlyFee", Map.of("amount", 29900, "currency", "KRW"), "commitmentMonths", 12,
                        "earlyTerminationFee", Map.of("amount", 100, "currency", "usd")))).post("/partner/plans").then());
        refused("unitPrice.currency", () -> shop.partner().body(Map.of("name", "water",
                "unitPrice", Map.of("amount", 1000, "currency", "JPY"))).post("/partner/products").then());
        refused("amount.currency", () -> as(user).body(Map.of("amount", Map.of("amount", 1000, "currency", "EUR")))
                .put("/wallet/auto-top-up").then());
    }

    @Test
    void anEmptyQueryParameterIs400NotTheDefault() {
        refused("lanes", () -> as(TestTokens.admin()).queryParam("lanes", "").post("/admin/billing/runs").then());
        refused("lanes", () -> as(TestTokens.admin()).queryParam("lanes", "9").post("/admin/billing/runs").then());
        refused("limit", () -> as(user).queryParam("limit", "").get("/subscriptions").then());
        refused("state", () -> shop.partner().queryParam("state", "").get("/partner/deliveries").then());
    }

    /**
     * A query string with a malformed %-escape is a 400: the HTTP server refuses the request line itself
     * (a bare 400 that closes the connection, before any of gudok's code runs); one that reaches the REST
     * layer and fails to decode there is a bad-request problem (ProblemMappers.undecodable). Never a 500.
     */
    @Test
    void anUndecodableQueryStringIs400() {
        for (String path : new String[] {"/plans?x=%zz", "/subscriptions?%", "/wallet?limit=%E0%A4%A"}) {
            String answer = rawGet(path, user);  // no HTTP client of Java sends such a URI, so a socket does
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            if (!answer.contains("content-length: 0")) assertThat(answer).as(path).contains("application/problem+json");
        }
    }

    private static String rawGet(String path, String token) {
        try (var socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void refused(String field, Supplier<ValidatableResponse> request) {
        Map<String, Long> before = database.rowCounts();
        request.get().statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("https://gudok.io/problems/")).body("invalidParams[0].name", equalTo(field));
        assertThat(database.rowCounts()).isEqualTo(before);
    }

    private static String cursor(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}

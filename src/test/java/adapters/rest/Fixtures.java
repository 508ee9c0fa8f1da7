package adapters.rest;

import static io.restassured.RestAssured.given;

import domain.shared.BusinessCalendar;
import io.quarkus.arc.Arc;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/** Builds the shops, plans and subscriptions a test needs; every test makes its own. */
public final class Fixtures {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    static {
        // A failing check shows the whole exchange, which is what one needs to see.
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private Fixtures() { }

    /**
     * The app's business date, from its own clock: tests run on the test clock, which starts at 10:00 Seoul
     * time, so a test run does not cross Seoul midnight between computing a date and sending it.
     */
    public static LocalDate today() {
        return calendar().today();
    }

    /** The app's time (the test clock), for jobs and instants the app compares with its own clock. */
    public static Instant now() {
        return calendar().now();
    }

    private static BusinessCalendar calendar() {
        return Arc.container().instance(BusinessCalendar.class).get();
    }

    public record ShopAccess(String id, String apiKey) {
        public RequestSpecification partner() {
            return given().header("X-Api-Key", apiKey).contentType(ContentType.JSON);
        }
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static ShopAccess shop() {
        var body = as(TestTokens.admin()).body(Map.of("name", "shop " + UUID.randomUUID()))
                .post("/admin/shops").then().statusCode(201).extract().jsonPath();
        return new ShopAccess(body.getString("id"), body.getString("apiKey"));
    }

    public static String product(ShopAccess shop) {
        return shop.partner().body(Map.of("name", "Jeju water 2L x 6", "unitPrice", Map.of("amount", 9900, "currency", "KRW")))
                .post("/partner/products").then().statusCode(201).extract().path("id");
    }

    public static String weeklyPlan(ShopAccess shop, int everyWeeks, String dayOfWeek) {
        return plan(shop, Map.of("productId", product(shop), "name", "water every " + everyWeeks + " weeks",
                "kind", "REGULAR_DELIVERY", "price", Map.of("amount", 9900, "currency", "KRW"),
                "cycle", Map.of("type", "WEEKLY", "everyWeeks", everyWeeks, "dayOfWeek", dayOfWeek)));
    }

    public static String monthlyPlan(ShopAccess shop, int dayOfMonth) {
        return plan(shop, Map.of("productId", product(shop), "name", "coffee monthly",
                "kind", "REGULAR_DELIVERY", "price", Map.of("amount", 18000, "currency", "KRW"),
                "cycle", Map.of("type", "MONTHLY", "dayOfMonth", dayOfMonth)));
    }

    public static String rentalPlan(ShopAccess shop, int commitmentMonths) {
        return plan(shop, Map.of("productId", product(shop), "name", "water purifier rental",
                "kind", "RENTAL", "rental", Map.of(
                        "monthlyFee", Map.of("amount", 29900, "currency", "KRW"),
                        "commitmentMonths", commitmentMonths,
                        "earlyTerminationFee", Map.of("amount", 150000, "currency", "KRW"))));
    }

    public static String plan(ShopAccess shop, Map<String, Object> body) {
        return shop.partner().body(body).post("/partner/plans").then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> subscribeBody(String planId, int quantity, LocalDate start) {
        return Map.of("planId", planId, "quantity", quantity, "startDate", start.toString(), "address", address());
    }

    public static Map<String, Object> address() {
        return Map.of("recipient", "Kim Minji", "phone", "010-1234-5678", "line1", "1 Pangyo-ro, Bundang-gu",
                "line2", "Apt 101", "postalCode", "13529");
    }

    public static String subscribe(String userToken, String planId, int quantity, LocalDate start) {
        return as(userToken).body(subscribeBody(planId, quantity, start))
                .post("/subscriptions").then().statusCode(201).extract().path("id");
    }

    /**
     * Reads until {@code ready} accepts what was read, for up to 30 s (the event history follows the topics within
     * seconds); returns the last reading either way, for the test's own assertions to judge.
     */
    public static <T> T readUntil(java.util.function.Supplier<T> read, java.util.function.Predicate<T> ready) {
        java.util.concurrent.atomic.AtomicReference<T> last = new java.util.concurrent.atomic.AtomicReference<>();
        try {
            eventually(java.time.Duration.ofSeconds(30), () -> {
                last.set(read.get());
                if (!ready.test(last.get())) throw new AssertionError("not yet");
            });
        } catch (AssertionError timedOut) {
            // the last reading goes back to the test
        }
        return last.get();
    }

    /** A subscription's activity history as its subscriber sees it (up to 100 events). */
    public static java.util.List<java.util.Map<String, Object>> subscriptionEvents(String userToken, String subscriptionId) {
        return as(userToken).queryParam("limit", 100).get("/subscriptions/" + subscriptionId + "/events")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Retries the assertion until it holds or the time is up; then its last failure is the test's. */
    public static void eventually(java.time.Duration within, Runnable assertion) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) throw notYet;
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notYet;
                }
            }
        }
    }
}

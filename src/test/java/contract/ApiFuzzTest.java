package contract;

import static org.assertj.core.api.Assertions.assertThat;

import adapters.rest.Database;
import adapters.rest.Fixtures;
import adapters.rest.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.junit.jupiter.api.Test;

/**
 * A generative test over the whole API, driven by the served OpenAPI document: for every operation and
 * every caller kind (user, admin, partner, nobody) it sends requests whose parameters and bodies are
 * generated from the operation's schemas, valid, at their boundaries and hostile (control characters, very
 * long and Unicode text, huge and negative numbers, extreme dates, wrong types, missing and extra fields,
 * wrong content types and Accept headers, oversized and malformed bodies), from a fixed seed. It asserts: no 5xx; every 4xx
 * is a problem with type, title and status; every answer matches the document (the validation filter of
 * {@link AnswersMatchTheDocument}); and a refused request changed nothing (the fingerprint of everything the
 * fuzz's callers own, and the count of shops, is the same before and after it).
 *
 * <p>Runs {@code gudok.fuzz.per-operation} (default 25) requests per operation and caller kind, or
 * {@code gudok.fuzz.total} in all; {@code docker/api-fuzz} runs 10,000 and prints the counts by status.
 * Scheduled jobs do not run meanwhile (scheduling is off in its profile), so only requests change state.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.NoBackgroundWork.class)
@SendsInvalidRequests
class ApiFuzzTest {
    public static class NoBackgroundWork implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gudok.scheduling.enabled", "false", "gudok.rate-limit.enabled", "false");
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("gudok.fuzz.seed", 20261206L);

    @Inject
    Database database;

    private final Random random = new Random(SEED);
    private final ObjectMapper json = new ObjectMapper();
    private JsonNode document;
    private final Map<String, List<String>> ids = new TreeMap<>();
    /** Path parameters, in order, that reach a resource nested in another (a refund under its own payment). */
    private final Map<String, List<String>> nested = new TreeMap<>();
    private final Map<String, String> callers = new TreeMap<>();
    private String userId;
    private String adminId;
    private String shopId;
    private String knownIds;

    private record Operation(String method, String path, JsonNode spec) { }

    @Test
    void noRequestBreaksTheApi() throws Exception {
        // jqwik's generators, outside a jqwik property: a session gives them their context
        net.jqwik.api.sessions.JqwikSession.start();
        try {
            fuzz();
        } finally {
            net.jqwik.api.sessions.JqwikSession.finish();
        }
    }

    private void fuzz() throws Exception {
        document = json.readTree(RestAssured.given().accept("application/json").get("/q/openapi").asString());
        setUp();
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(
                op -> operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()))));
        int total = Integer.getInteger("gudok.fuzz.total", 0);
        int cases = operations.size() * callers.size();
        int perCase = total > 0 ? (total + cases - 1) / cases : Integer.getInteger("gudok.fuzz.per-operation", 25);

        Map<String, Integer> byStatus = new TreeMap<>();
        java.util.Set<String> succeeded = new java.util.TreeSet<>();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (int round = 0; round < perCase; round++) {
            for (Operation operation : operations) {
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    String fingerprint = fingerprint();
                    String described = null;
                    try {
                        Exchange exchange = send(operation, caller.getKey(), caller.getValue());
                        if (exchange.response == null) {
                            byStatus.merge("closed (body over the limit)", 1, Integer::sum);
                            assertThat(fingerprint()).as("state after an oversized body").isEqualTo(fingerprint);
                            sent++;
                            continue;
                        }
                        described = exchange.describe();
                        int status = exchange.response.statusCode();
                        byStatus.merge(String.valueOf(status), 1, Integer::sum);
                        if (status < 300) succeeded.add(operation.method + " " + operation.path);
                        check(exchange, fingerprint, failures);
                    } catch (AssertionError | Exception e) {
                        byStatus.merge("failed", 1, Integer::sum);
                        failures.add((described == null ? operation.method + " " + operation.path + " as " + caller.getKey() : described)
                                + ": " + summary(e));
                    }
                    sent++;
                }
            }
        }
        String report = ("api fuzz: seed %d, %d requests (%d per operation and caller kind, %d operations, %d caller kinds); by status %s;"
                + " %d of %d operations answered 2xx at least once; %d failures")
                .formatted(SEED, sent, perCase, operations.size(), callers.size(), byStatus, succeeded.size(), operations.size(), failures.size());
        System.out.println(report);
        Files.writeString(Path.of("target/api-fuzz-report.txt"), report + "\n" + String.join("\n", failures) + "\n");
        assertThat(failures).as(report).isEmpty();
        // A run in which (nearly) everything is refused would prove little: most operations must have
        // succeeded at least once for some caller (some, like renewing a weekly plan, never can here).
        assertThat(succeeded).as("operations answered 2xx at least once: " + succeeded).hasSizeGreaterThanOrEqualTo(operations.size() / 2);
    }

    // --- the world the requests act on ---------------------------------------------------------------

    private void setUp() {
        String user = TestTokens.newUser();
        userId = TestTokens.subjectOf(user);
        Fixtures.ShopAccess shop = Fixtures.shop();
        shopId = shop.id();
        callers.put("user", user);
        String admin = TestTokens.admin();
        adminId = TestTokens.subjectOf(admin);
        callers.put("admin", admin);
        callers.put("partner", shop.apiKey());
        callers.put("nobody", "");

        String plan = Fixtures.weeklyPlan(shop, 1, "MONDAY");
        String card = Fixtures.as(user).body(Map.of("kind", "CARD", "number", "4242424242424242"))
                .post("/wallet/funding-sources").then().statusCode(201).extract().path("id");
        Fixtures.as(user).body(Map.of("fundingSourceId", card, "amount", Map.of("amount", 100_000, "currency", "KRW")))
                .post("/wallet/top-ups").then().statusCode(201);
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(10));
        ids.put("subscription", List.of(subscription));
        ids.put("delivery", database.texts("SELECT id::text FROM deliveries WHERE subscription_id = '" + subscription + "'"));
        ids.put("plan", List.of(plan));
        ids.put("shop", List.of(shopId));
        ids.put("fundingSource", List.of(card));
        ids.put("topUp", database.texts("SELECT id::text FROM top_ups WHERE user_id = '" + userId + "'"));
        ids.put("payment", List.of(Fixtures.as(user).body(Map.of("shopId", shopId, "amount", Map.of("amount", 1000, "currency", "KRW")))
                .post("/wallet/payments").then().statusCode(201).extract().path("id").toString()));
        ids.put("apiKey", List.of(shop.partner().body(Map.of("name", "fuzz spare")).post("/partner/api-keys").then().statusCode(201)
                .extract().path("id").toString()));
        Map<String, Object> pool = Map.of("name", "fuzz pool", "subject", "PLAN", "filter", Map.of("price", Map.of("max", 10_000)));
        ids.put("pool", List.of(Fixtures.as(admin).body(pool).post("/admin/pools").then().statusCode(201).extract().path("id").toString(),
                shop.partner().body(pool).post("/partner/pools").then().statusCode(201).extract().path("id").toString()));
        ids.put("alert", List.of(Fixtures.as(user).body(pool).post("/alerts").then().statusCode(201).extract().path("id").toString()));
        ids.put("logAlert", List.of(Fixtures.as(admin).body(Map.of("name", "fuzz log alert", "subject", "LOG", "filter",
                Map.of("level", List.of("ERROR")))).post("/admin/log-alerts").then().statusCode(201).extract().path("id").toString()));
        ids.put("job", database.texts("SELECT id::text FROM jobs WHERE subject_id = '" + subscription + "' LIMIT 3"));
        // A second card, not among the ids: the first stays the default, so unlinking it is refused (409), not done.
        Fixtures.as(user).body(Map.of("kind", "CARD", "number", "5555555555554444")).post("/wallet/funding-sources").then().statusCode(201);
        String topUp = ids.get("topUp").get(0);
        nested.put("/wallet/top-ups/{id}/refunds/{refundId}", List.of(topUp, Fixtures.as(user)
                .body(Map.of("amount", Map.of("amount", 1000, "currency", "KRW"))).post("/wallet/top-ups/" + topUp + "/refunds")
                .then().statusCode(201).extract().path("id").toString()));
        String payment = ids.get("payment").get(0);
        nested.put("/partner/payments/{id}/refunds/{refundId}", List.of(payment, shop.partner()
                .body(Map.of("amount", Map.of("amount", 100, "currency", "KRW"))).post("/partner/payments/" + payment + "/refunds")
                .then().statusCode(201).extract().path("id").toString()));
        List<String> all = new ArrayList<>();
        ids.values().forEach(all::addAll);
        knownIds = "ARRAY[" + String.join(",", all.stream().map(id -> "'" + id + "'").toList()) + "]::varchar[]";
    }

    /** What the fuzz's callers own, and the number of shops: a refused request must leave it as it was. */
    private String fingerprint() {
        String user = "'" + userId.replace("'", "''") + "'";
        String shop = "'" + shopId + "'";
        String admin = "'" + adminId.replace("'", "''") + "'";
        return database.text("SELECT concat_ws('|',"
                + "(SELECT count(*) FROM shops),"
                + "(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(string_agg(state || cancellation_mode, ',' ORDER BY id), '')"
                + "   FROM subscriptions WHERE user_id = " + user + "),"
                + "(SELECT count(*) || ':' || coalesce(sum(version), 0) FROM deliveries WHERE user_id = " + user + " OR shop_id = " + shop + "),"
                + "(SELECT coalesce(sum(balance), 0) || ':' || coalesce(sum(auto_top_up_amount), 0) FROM wallets WHERE user_id = " + user + "),"
                + "(SELECT count(*) || ':' || count(unlinked_at) FROM funding_sources WHERE user_id = " + user + "),"
                + "(SELECT string_agg(id::text, ',' ORDER BY id) FROM funding_sources WHERE user_id = " + user + " AND is_default),"
                + "(SELECT count(*) || ':' || coalesce(sum(refunded), 0) FROM payments WHERE user_id = " + user + " OR shop_id = " + shop + "),"
                + "(SELECT count(*) || ':' || coalesce(sum(refunded), 0) FROM top_ups WHERE user_id = " + user + "),"
                + "(SELECT count(*) FROM plans WHERE shop_id = " + shop + "),"
                + "(SELECT count(*) FROM plans WHERE shop_id = " + shop + " AND status = 'RETIRED'),"
                + "(SELECT count(*) FROM products WHERE shop_id = " + shop + "),"
                + "(SELECT count(*) || ':' || count(revoked_at) FROM shop_api_keys WHERE shop_id = " + shop + "),"
                + "(SELECT string_agg(basis_points::text, ',') FROM shop_commissions WHERE shop_id = " + shop + "),"
                + "(SELECT md5(coalesce(string_agg(name || status || price, ',' ORDER BY id), '')) FROM plans WHERE shop_id = " + shop + "),"
                + "(SELECT md5(coalesce(string_agg(name || coalesce(description, '') || unit_price, ',' ORDER BY id), ''))"
                + "   FROM products WHERE shop_id = " + shop + "),"
                + "(SELECT count(*) FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.user_id = " + user + " OR p.shop_id = " + shop + "),"
                + "(SELECT count(*) || ':' || count(settled_at) FROM top_up_refunds WHERE user_id = " + user + "),"
                + "(SELECT count(*) || ':' || coalesce(sum(version), 0) FROM filters WHERE owner IN (" + user + ", " + shop + ", 'platform')),"
                + "(SELECT count(*) FROM idempotency_keys WHERE scope IN ('user:' || " + user + ", 'shop:' || " + shop + ", 'user:' || " + admin + ")),"
                + "(SELECT count(*) || ':' || count(finished_at) FROM jobs WHERE type = 'scheduler.canary' OR subject_id = ANY(" + knownIds + ")))");
    }

    // --- one request ---------------------------------------------------------------------------------

    private record Exchange(String method, String uri, String contentType, String body, Response response) {
        String describe() {
            String shown = body == null ? "" : " body " + (body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body);
            return method + " " + uri + (contentType == null ? "" : " [" + contentType + "]") + shown
                    + " -> " + response.statusCode() + " " + firstLine(response.asString());
        }
    }

    private Exchange send(Operation operation, String callerKind, String credential) {
        RequestSpecification request = RestAssured.given().urlEncodingEnabled(true);
        if (callerKind.equals("partner")) request.header("X-Api-Key", credential);
        else if (!callerKind.equals("nobody")) request.header("Authorization", "Bearer " + credential);

        String path = operation.path;
        // Now and then the path's ids are of the kinds it names (a refund under its own payment), so that deeper
        // resources are reached at all.
        boolean aim = random.nextInt(3) == 0;
        java.util.Iterator<String> nestedIds = nested.getOrDefault(operation.path, List.of()).iterator();
        // And now and then no query parameter at all: each has its default (a list's first page), so lists are reached too.
        boolean noQuery = random.nextInt(4) == 0;
        for (JsonNode parameter : operation.spec.path("parameters")) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (noQuery && in.equals("query")) continue;
            String aimed = !aim || !in.equals("path") ? null : nestedIds.hasNext() ? nestedIds.next() : idOfTheKindBefore(operation.path, name);
            String value = aimed != null ? aimed : urlSized(parameterValue(name, parameter.path("schema")));
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", encodePath(value == null ? "x" : value));
                case "query" -> { if (value != null) request.queryParam(name, value); }
                case "header" -> { if (value != null && value.chars().allMatch(c -> c >= 32 && c < 127)) request.header(name, value); }
                default -> { }
            }
        }
        if (random.nextInt(15) == 0) request.accept(pick("application/xml", "text/html", "image/png"));
        if (random.nextInt(20) == 0) request.queryParam(pick("extra", "debug", "limit"), urlSized(hostileText()));

        String contentType = null;
        String body = null;
        JsonNode bodySchema = operation.spec.path("requestBody").path("content").path("application/json").path("schema");
        if (!bodySchema.isMissingNode() || random.nextInt(10) == 0) {
            contentType = switch (random.nextInt(12)) {
                case 0 -> "text/plain";
                case 1 -> "application/xml";
                default -> "application/json";
            };
            body = switch (random.nextInt(12)) {
                case 0 -> "x".repeat(70_000);                                           // over the 64 KiB limit
                case 1 -> "{\"unclosed\": ";
                case 2 -> "";
                case 3 -> "[1, 2, 3]";
                default -> bodySchema.isMissingNode() ? "{}" : value(bodySchema, 0).toString();
            };
            request.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
        }
        Response response;
        try {
            response = request.request(operation.method, path);
        } catch (Exception e) {
            if (!(e instanceof java.io.IOException)) throw e;  // a mismatch with the document is a failure, never retried
            // A connection the server closed after refusing the previous request's body may be reused
            // once by the client: the same request again, on a new connection.
            try {
                response = request.header("Connection", "close").request(operation.method, path);
            } catch (Exception again) {
                // The server answers a body over its limit without reading all of it and closes the
                // connection; a client still writing the rest sees it broken, not the 413.
                if (again instanceof java.io.IOException && body != null && body.length() > 65_536) {
                    return new Exchange(operation.method, path, contentType, body, null);
                }
                throw again;
            }
        }
        return new Exchange(operation.method, path, contentType, body, response);
    }

    private void check(Exchange exchange, String before, List<String> failures) {
        int status = exchange.response.statusCode();
        if (status >= 500) {
            failures.add(exchange.describe());
            return;
        }
        if (status >= 400) {
            String problem = exchange.response.asString();
            boolean isProblem = exchange.response.contentType().startsWith("application/problem+json");
            JsonNode body = isProblem ? read(problem) : null;
            if (body == null || !body.path("type").isTextual() || !body.path("title").isTextual() || body.path("status").asInt() != status) {
                failures.add("not a problem with type, title and status: " + exchange.describe());
            }
            String after = fingerprint();
            if (!after.equals(before)) failures.add("refused, yet state changed (" + before + " -> " + after + "): " + exchange.describe());
        }
    }

    // --- values --------------------------------------------------------------------------------------

    private String parameterValue(String name, JsonNode schema) {
        int roll = random.nextInt(10);
        if (roll == 0) return null;                                       // left out
        if (roll == 1) return hostileText();
        if (roll == 2) return "";
        return switch (name) {
            case "id", "deliveryId" -> random.nextInt(4) == 0 ? UUID.randomUUID().toString() : anyKnownId();
            case "shopId" -> random.nextBoolean() ? shopId : UUID.randomUUID().toString();
            case "cursor" -> java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    (pick("2026-12-06T00:00:00Z", "+300000-01-01T00:00:00Z", "2026-12-24", "-9999999-01-01", "garbage")
                            + "|" + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
            case "limit", "lanes" -> pick("0", "1", "8", "20", "100", "101", "-1", "2147483648", "1e3", "ten");
            case "from", "to" -> pick("2026-12-01", "1900-01-01", "9999-12-31", "1899-12-31", "+9999999-01-01", "2026-02-30", "yesterday");
            case "when" -> pick("upcoming", "past", "PAST", "future", "");
            case "state" -> pick("PAID", "DISPATCHED", "SCHEDULED", "PARKED", "DONE", "nonsense");
            case "Idempotency-Key" -> random.nextBoolean() ? UUID.randomUUID().toString() : pick("", "k".repeat(300), "key with spaces", "ok-key");
            default -> value(schema, 0).asText();
        };
    }

    /**
     * The HTTP server refuses a request line over 4 KiB with a bare 414 before any of gudok's code runs
     * (quarkus.http.limits.max-initial-line-length); long text is fuzzed in bodies, where the API reads it.
     */
    private static String urlSized(String value) {
        if (value == null) return null;
        String sized = value;
        while (encodePath(sized).length() > 800) sized = sized.substring(0, sized.length() * 3 / 4); // at most 800 bytes encoded
        return sized;
    }

    /** A known id of the kind the path names before this parameter ({@code /plans/{id}}: a plan), or null. */
    private String idOfTheKindBefore(String path, String name) {
        String before = path.substring(0, Math.max(0, path.indexOf("{" + name + "}") - 1));
        String kind = switch (before.substring(before.lastIndexOf('/') + 1)) {
            case "subscriptions" -> "subscription";
            case "deliveries" -> "delivery";
            case "plans" -> "plan";
            case "shops" -> "shop";
            case "funding-sources" -> "fundingSource";
            case "top-ups" -> "topUp";
            case "payments" -> "payment";
            case "api-keys" -> "apiKey";
            case "jobs" -> "job";
            case "pools" -> "pool";
            case "alerts" -> "alert";
            case "log-alerts" -> "logAlert";
            default -> "";
        };
        List<String> known = ids.getOrDefault(kind, List.of());
        return known.isEmpty() ? null : known.get(random.nextInt(known.size()));
    }

    private String anyKnownId() {
        List<String> all = new ArrayList<>();
        ids.values().forEach(all::addAll);
        return all.get(random.nextInt(all.size()));
    }

    /** A JSON value for the schema: usually a valid one, sometimes at a boundary, sometimes hostile. */
    private JsonNode value(JsonNode schema, int depth) {
        if (schema.has("$ref")) schema = document.at(schema.path("$ref").asText().substring(1));
        int roll = random.nextInt(12);
        if (depth > 0 && roll == 0) return null;                          // the field is left out
        if (roll == 1) return wrongType();
        String type = schema.path("type").asText();
        if (schema.has("enum")) {
            return roll == 2 ? NODES.textNode(pick("nonsense", "usd", "krw", "")) : schema.path("enum").get(random.nextInt(schema.path("enum").size()));
        }
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = it.next();
                    JsonNode v = depth < 4 ? value(property.getValue(), depth + 1) : null;
                    if (v != null) object.set(property.getKey(), v);
                }
                if (roll == 3) object.put("unexpected", hostileText());
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int size = roll == 4 ? 200 : random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    JsonNode v = value(schema.path("items"), depth + 1);
                    array.add(v == null ? NODES.nullNode() : v);
                }
                return array;
            }
            case "integer", "number" -> {
                return switch (random.nextInt(10)) {
                    case 0 -> NODES.numberNode(-1);
                    case 1 -> NODES.numberNode(0);
                    case 2 -> NODES.numberNode(Long.MAX_VALUE);
                    case 3 -> NODES.numberNode(new java.math.BigDecimal("1e400"));
                    case 4 -> NODES.numberNode(Integer.MAX_VALUE + 1L);
                    case 5 -> NODES.numberNode(1.5);
                    default -> NODES.numberNode(1 + random.nextInt(20_000));
                };
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            default -> {
                String format = schema.path("format").asText();
                if (roll < 8) {
                    if (format.equals("uuid")) return NODES.textNode(random.nextBoolean() ? anyKnownId() : UUID.randomUUID().toString());
                    if (format.equals("date")) return NODES.textNode(pick("2026-12-24", "1900-01-01", "9999-12-31", "+9999999-01-01",
                            "-0001-01-01", "2026-13-01", java.time.LocalDate.now().plusDays(random.nextInt(60)).toString()));
                    if (format.equals("date-time")) return NODES.textNode(pick("2026-12-24T09:00:00Z", "+300000-01-01T00:00:00Z"));
                    return NODES.textNode(TEXT.generator(100).next(random).value());
                }
                return NODES.textNode(hostileText());
            }
        }
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.arrayNode().add(1);
            case 2 -> NODES.objectNode().put("nested", true);
            case 3 -> NODES.booleanNode(true);
            default -> NODES.numberNode(42);
        };
    }

    /** Plain text: Latin, Hangul, digits and punctuation, up to 120 characters. */
    private static final Arbitrary<String> TEXT = Arbitraries.strings().withCharRange('a', 'z').withCharRange('가', '힣')
            .withCharRange('0', '9').withChars(' ', '-', '.', ',').ofMinLength(1).ofMaxLength(120);

    /** Text no field should take: control characters, lone surrogates, huge lengths, odd Unicode. */
    private static final Arbitrary<String> HOSTILE = Arbitraries.oneOf(
            Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5).map(s -> "a" + s + "b"),
            Arbitraries.just("\u0000"),
            Arbitraries.just("\ud800 lone surrogate"),
            Arbitraries.strings().withCharRange('a', 'z').ofLength(10_001),
            Arbitraries.strings().withCharRange('가', '힣').ofMinLength(201).ofMaxLength(3000),
            Arbitraries.just("👨‍👩‍👧‍👦🇰🇷 \u202e reversed \u200b zero width"),
            Arbitraries.just("'; DROP TABLE shops; --"),
            Arbitraries.just("../../etc/passwd"),
            Arbitraries.just("   "));

    private String hostileText() {
        return HOSTILE.generator(100).next(random).value();
    }

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String encodePath(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    /** The validation filter's report is JSON: its errors' keys and messages say what did not match. */
    private static String summary(Throwable e) {
        String text = String.valueOf(e.getMessage());
        if (!text.startsWith("{")) return e.getClass().getSimpleName() + ": " + firstLine(text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\"key\" : \"([^\"]+)\",\\s*\"level\" : \"ERROR\",\\s*\"message\" : \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(text);
        List<String> errors = new ArrayList<>();
        while (m.find()) errors.add(m.group(1) + ": " + m.group(2));
        return "document mismatch " + (errors.isEmpty() ? firstLine(text.replace("\n", " ")) : errors);
    }

    private static String firstLine(String text) {
        if (text == null) return "";
        String line = text.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}

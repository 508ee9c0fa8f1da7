package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end on Kafka, PostgreSQL and the search engine: a shop's plan is sorted into the right pools within
 * seconds, follows its price out of one pool and into another, leaves when retired; a new pool is back-filled; a
 * user's alert tells of a matching new plan once, and not of a changed one that still matches.
 */
@QuarkusTest
class ClassificationFlowTest {
    @jakarta.inject.Inject
    Database database;

    private static Map<String, Object> pool(String word, Map<String, Object> price) {
        return Map.of("and", List.of(Map.of("keywords", Map.of("any", List.of(word))), Map.of("price", price)));
    }

    private static List<String> members(String token, String path) {
        return as(token).queryParam("limit", 100).get(path).then().statusCode(200).extract().jsonPath().getList("items.item", String.class);
    }

    private static List<String> until(String token, String path, java.util.function.Predicate<List<String>> ready) {
        return Fixtures.readUntil(() -> members(token, path), ready);
    }

    @Test
    void aPlanFollowsItsPriceFromPoolToPoolAndLeavesWhenRetired() {
        String admin = TestTokens.admin();
        String word = "정수기" + System.nanoTime() % 100_000; // a word of this test's own, so that other tests' plans stay out
        String cheap = as(admin).body(Map.of("name", "cheap", "subject", "PLAN", "filter", pool(word, Map.of("max", 15000))))
                .post("/admin/pools").then().statusCode(201).extract().path("id");
        String dear = as(admin).body(Map.of("name", "dear", "subject", "PLAN", "filter", pool(word, Map.of("min", 15001))))
                .post("/admin/pools").then().statusCode(201).extract().path("id");
        Fixtures.ShopAccess shop = Fixtures.shop();
        String product = shop.partner().body(Map.of("name", "우리집 " + word, "unitPrice", Map.of("amount", 9900), "category", "appliance"))
                .post("/partner/products").then().statusCode(201).extract().path("id");
        String plan = Fixtures.plan(shop, Map.of("productId", product, "name", "매달 필터 교체", "kind", "REGULAR_DELIVERY",
                "price", Map.of("amount", 9900), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 3)));
        String item = "plan:" + plan;

        assertThat(until(admin, "/admin/pools/" + cheap + "/members", m -> m.contains(item))).containsExactly(item);
        assertThat(members(admin, "/admin/pools/" + dear + "/members")).isEmpty();

        shop.partner().body(Map.of("name", "매달 필터 교체", "price", Map.of("amount", 19900))).put("/partner/plans/" + plan).then().statusCode(200);
        assertThat(until(admin, "/admin/pools/" + dear + "/members", m -> m.contains(item))).containsExactly(item);
        assertThat(until(admin, "/admin/pools/" + cheap + "/members", List::isEmpty)).isEmpty();

        // A new pool finds the plans there are.
        String any = as(admin).body(Map.of("name", "any", "subject", "PLAN", "filter", Map.of("keywords", Map.of("any", List.of(word)))))
                .post("/admin/pools").then().statusCode(201).extract().path("id");
        assertThat(until(admin, "/admin/pools/" + any + "/members", m -> m.contains(item))).containsExactly(item);

        shop.partner().post("/partner/products/" + product + "/retire").then().statusCode(200);
        assertThat(until(admin, "/admin/pools/" + dear + "/members", List::isEmpty)).isEmpty();
        assertThat(until(admin, "/admin/pools/" + any + "/members", List::isEmpty)).isEmpty();
    }

    /** The events about an item (their subject), as the activity history lists them. */
    private static List<Object> itemEvents(String item) {
        return as(TestTokens.admin()).queryParam("subject", item).queryParam("limit", 100).get("/admin/events").then().statusCode(200)
                .extract().jsonPath().getList("items.type");
    }

    @Test
    void anAlertTellsOfAMatchingNewPlanOnce() {
        String word = "원두" + System.nanoTime() % 100_000;
        String user = TestTokens.newUser();
        String alert = as(user).body(Map.of("name", "coffee", "subject", "PLAN", "filter", Map.of("keywords", Map.of("any", List.of(word)))))
                .post("/alerts").then().statusCode(201).extract().path("id");
        Fixtures.ShopAccess shop = Fixtures.shop();
        String product = shop.partner().body(Map.of("name", word + " 구독", "unitPrice", Map.of("amount", 15000)))
                .post("/partner/products").then().statusCode(201).extract().path("id");
        String plan = Fixtures.plan(shop, Map.of("productId", product, "name", "monthly", "kind", "REGULAR_DELIVERY",
                "price", Map.of("amount", 15000), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 3)));

        assertThat(until(user, "/alerts/" + alert + "/matches", m -> !m.isEmpty())).containsExactly("plan:" + plan);
        assertThat(Fixtures.readUntil(() -> itemEvents("plan:" + plan), types -> types.contains("io.gudok.classification.matched.v1")))
                .as("the match is an event about the plan").contains("io.gudok.classification.matched.v1");
        // A pool the change moves the plan into: its membership is written in the same transaction as the alert's matches.
        String probe = as(TestTokens.admin()).body(Map.of("name", "probe", "subject", "PLAN",
                "filter", Map.of("and", List.of(Map.of("keywords", Map.of("any", List.of(word))), Map.of("price", Map.of("max", 14000))))))
                .post("/admin/pools").then().statusCode(201).extract().path("id");
        shop.partner().body(Map.of("name", "monthly, cheaper", "price", Map.of("amount", 14000))).put("/partner/plans/" + plan).then().statusCode(200);
        assertThat(until(TestTokens.admin(), "/admin/pools/" + probe + "/members", m -> !m.isEmpty())).containsExactly("plan:" + plan);
        // The change is sorted: a second match of the alert would have been recorded in the outbox with the probe's join.
        assertThat(database.count("SELECT count(*) FROM event_outbox WHERE type = 'classification.matched' AND subject = 'plan:" + plan
                + "' AND data::jsonb -> 'filterIds' ? '" + alert + "'")).as("told once").isEqualTo(1);
        assertThat(members(user, "/alerts/" + alert + "/matches")).containsExactly("plan:" + plan);
        // the user is told, in the inbox, once: the change that still matches tells nothing new
        List<Map<String, Object>> told = Fixtures.readUntil(() -> alertNotices(user), n -> !n.isEmpty());
        assertThat(told).hasSize(1);
        assertThat(told.get(0).get("title")).isEqualTo("알림에 맞는 새 소식이 있어요");
        assertThat((String) told.get(0).get("body")).contains("'coffee'", word + " 구독");
        assertThat(alertNotices(user)).hasSize(1);
    }

    private static List<Map<String, Object>> alertNotices(String user) {
        List<Map<String, Object>> inbox = as(user).get("/me/notifications").then().statusCode(200).extract().jsonPath().getList("items");
        return inbox.stream().filter(n -> "ALERT_MATCHED".equals(n.get("kind"))).toList();
    }

    @Test
    void aClosedAccountLosesItsAlertsAndTheirMatchesAndMakesNoNewOnes() {
        String word = "보리차" + System.nanoTime() % 100_000;
        String user = TestTokens.newUser();
        Map<String, Object> alert = Map.of("name", "tea", "subject", "PLAN", "filter", Map.of("keywords", Map.of("any", List.of(word))));
        String id = as(user).body(alert).post("/alerts").then().statusCode(201).extract().path("id");
        Fixtures.ShopAccess shop = Fixtures.shop();
        String product = shop.partner().body(Map.of("name", word + " 구독", "unitPrice", Map.of("amount", 5000)))
                .post("/partner/products").then().statusCode(201).extract().path("id");
        Fixtures.plan(shop, Map.of("productId", product, "name", "monthly", "kind", "REGULAR_DELIVERY",
                "price", Map.of("amount", 5000), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 3)));
        assertThat(until(user, "/alerts/" + id + "/matches", m -> !m.isEmpty())).hasSize(1);

        as(user).post("/account/close").then().statusCode(200);

        as(user).body(alert).post("/alerts").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.equalTo("https://gudok.io/problems/account-closed"));
        as(user).body(Map.of("name", "tea", "filter", Map.of("keywords", Map.of("any", List.of("녹차"))))).put("/alerts/" + id)
                .then().statusCode(403);
        assertThat(Fixtures.readUntil(() -> as(user).get("/alerts").then().statusCode(200).extract().jsonPath().getList("items.id"),
                List::isEmpty)).as("the alerts deleted").isEmpty();
        assertThat(Fixtures.readUntil(() -> database.count("SELECT count(*) FROM alert_matches WHERE filter_id = '" + id + "'"), n -> n == 0))
                .as("their matches forgotten").isZero();
    }
}

package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pools and alerts are managed by their owners, in gudok's filter language; a curator tries one before saving it. */
@QuarkusTest
class PoolsAndAlertsTest {
    private static final Map<String, Object> CHEAP_PUPPIES = Map.of("and", List.of(
            Map.of("keywords", Map.of("any", List.of("강아지", "반려견"))), Map.of("price", Map.of("max", 15000))));

    /** Every page of the platform's pools (oldest first: the database other tests share holds more than a page). */
    private static List<String> allPoolIds(String admin) {
        List<String> ids = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = as(admin).queryParam("limit", 100);
            if (cursor != null) request = request.queryParam("cursor", cursor);
            var page = request.get("/admin/pools").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        return ids;
    }

    @Test
    void anAdminKeepsPlatformPoolsAndEachChangeIsAVersionAndAnEvent() {
        String admin = TestTokens.admin();
        var created = as(admin).body(Map.of("name", "저렴한 강아지 용품", "subject", "PLAN", "filter", CHEAP_PUPPIES))
                .post("/admin/pools").then().statusCode(201)
                .body("purpose", equalTo("POOL")).body("owner", equalTo("platform")).body("subject", equalTo("PLAN"))
                .body("version", equalTo(1)).body("filter", equalTo(CHEAP_PUPPIES)).extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/admin/pools/" + id);

        Map<String, Object> dearer = Map.of("and", List.of(Map.of("keywords", Map.of("any", List.of("강아지"))),
                Map.of("price", Map.of("min", 15001))));
        as(admin).body(Map.of("name", "비싼 강아지 용품", "filter", dearer, "version", 1)).put("/admin/pools/" + id).then().statusCode(200)
                .body("version", equalTo(2)).body("name", equalTo("비싼 강아지 용품")).body("filter", equalTo(dearer));
        as(admin).body(Map.of("name", "late", "filter", dearer, "version", 1)).put("/admin/pools/" + id).then().statusCode(409);
        as(admin).get("/admin/pools/" + id).then().statusCode(200).body("version", equalTo(2)).body("name", equalTo("비싼 강아지 용품"));
        assertThat(allPoolIds(admin)).contains(id);

        as(admin).delete("/admin/pools/" + id).then().statusCode(204);
        as(admin).get("/admin/pools/" + id).then().statusCode(404);
        List<Object> types = Fixtures.readUntil(() -> as(admin).queryParam("subject", id).get("/admin/events").then().statusCode(200)
                .extract().jsonPath().getList("items.type"), t -> t.size() >= 3);
        assertThat(types).containsExactly("io.gudok.filter.created.v1", "io.gudok.filter.changed.v1", "io.gudok.filter.deleted.v1");
    }

    @Test
    @SendsInvalidRequests
    void aBrokenFilterNamesEveryBrokenPartAndNothingIsStored() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Map<String, Object> broken = Map.of("and", List.of(Map.of("price", Map.of("min", 100, "max", 1)),
                Map.of("keywords", Map.of("any", List.of("에게서"))), Map.of("region", List.of("atlantis")), Map.of("logger", List.of("a.b"))));
        shop.partner().body(Map.of("name", "broken", "subject", "PLAN", "filter", broken)).post("/partner/pools").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("filter.and[0].price", "filter.and[1].keywords.any[0]",
                        "filter.and[2].region[0]", "filter.and[3].logger"));
        shop.partner().body(Map.of("name", "news", "subject", "CONTENT", "filter", CHEAP_PUPPIES)).post("/partner/pools")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("subject"));
        shop.partner().body(Map.of("name", "no filter", "subject", "PLAN")).post("/partner/pools").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("filter"));
        shop.partner().get("/partner/pools").then().statusCode(200).body("items", equalTo(List.of()));
    }

    @Test
    void aShopSeesOnlyItsOwnPoolsAndAUserOnlyTheirAlerts() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String pool = shop.partner().body(Map.of("name", "우리 가게 강아지", "subject", "PLAN", "filter", CHEAP_PUPPIES))
                .post("/partner/pools").then().statusCode(201).body("purpose", equalTo("SHOP_POOL")).body("owner", equalTo(shop.id()))
                .extract().path("id");
        Fixtures.shop().partner().get("/partner/pools/" + pool).then().statusCode(404);
        as(TestTokens.admin()).get("/admin/pools/" + pool).then().statusCode(404);

        String user = TestTokens.newUser();
        String alert = as(user).body(Map.of("name", "강아지 알림", "subject", "CONTENT", "filter", CHEAP_PUPPIES)).post("/alerts")
                .then().statusCode(201).body("purpose", equalTo("ALERT")).extract().path("id");
        as(TestTokens.newUser()).get("/alerts/" + alert).then().statusCode(404);
        as(TestTokens.newUser()).delete("/alerts/" + alert).then().statusCode(404);
        as(user).get("/alerts/" + alert).then().statusCode(200);
        as(user).get("/alerts/" + alert + "/matches").then().statusCode(200).body("items", equalTo(List.of()));
        as(TestTokens.newUser()).get("/alerts/" + alert + "/matches").then().statusCode(404);
        shop.partner().get("/partner/pools/" + pool + "/members").then().statusCode(200).body("items", equalTo(List.of()));
        Fixtures.shop().partner().get("/partner/pools/" + pool + "/members").then().statusCode(404);
    }

    @Test
    @SendsInvalidRequests
    void aForgedMembersCursorIsRefused() {
        String pool = as(TestTokens.admin()).body(Map.of("name", "p", "subject", "PLAN", "filter", CHEAP_PUPPIES)).post("/admin/pools")
                .then().statusCode(201).extract().path("id");
        String farFuture = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "+1000000000-01-01T00:00:00Z plan:x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (String cursor : List.of("garbage", farFuture)) {
            as(TestTokens.admin()).queryParam("cursor", cursor).get("/admin/pools/" + pool + "/members").then().statusCode(400)
                    .body("invalidParams[0].name", equalTo("cursor"));
        }
    }

    @Test
    void aUserKeepsAtMostTwentyAlerts() {
        String user = TestTokens.newUser();
        for (int i = 0; i < 20; i++) {
            as(user).body(Map.of("name", "alert " + i, "subject", "PLAN", "filter", CHEAP_PUPPIES)).post("/alerts").then().statusCode(201);
        }
        as(user).body(Map.of("name", "one too many", "subject", "PLAN", "filter", CHEAP_PUPPIES)).post("/alerts").then().statusCode(409);
        assertThat(as(user).queryParam("limit", 100).get("/alerts").then().statusCode(200).extract().jsonPath().getList("items")).hasSize(20);
    }

    @Test
    void aCuratorTriesAFilterOnASampleItemBeforeSavingIt() {
        Map<String, Object> item = new HashMap<>();
        item.put("title", "귀여운 강아지가 왔어요");
        item.put("price", 12000);
        item.put("regions", List.of("seoul"));
        as(TestTokens.admin()).body(Map.of("subject", "PLAN", "filter", CHEAP_PUPPIES, "item", item)).post("/admin/pools/test")
                .then().statusCode(200).body("matches", equalTo(true)).body("parts", equalTo(List.of(true, true)));
        item.put("price", 20000);
        as(TestTokens.admin()).body(Map.of("subject", "PLAN", "filter", CHEAP_PUPPIES, "item", item)).post("/admin/pools/test")
                .then().statusCode(200).body("matches", equalTo(false)).body("parts", equalTo(List.of(true, false)));

        // A shop's pool holds its own plans: the sample is one of them, whatever shop it names.
        Fixtures.ShopAccess shop = Fixtures.shop();
        item.put("price", 1000);
        item.put("shopId", "00000000-0000-4000-8000-000000000001");
        shop.partner().body(Map.of("subject", "PLAN", "filter", CHEAP_PUPPIES, "item", item)).post("/partner/pools/test")
                .then().statusCode(200).body("matches", equalTo(true));
        nothingSaved(shop);
    }

    private static void nothingSaved(Fixtures.ShopAccess shop) {
        shop.partner().get("/partner/pools").then().statusCode(200).body("items", equalTo(List.of()));
    }
}

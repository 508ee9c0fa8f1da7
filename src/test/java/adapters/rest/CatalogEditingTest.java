package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shops give their products what pools and alerts sort by, edit them, and retire them with their plans. */
@QuarkusTest
class CatalogEditingTest {

    private static Map<String, Object> coffee() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "에티오피아 원두 구독");
        body.put("description", "매달 갓 볶은 원두 200g");
        body.put("unitPrice", Map.of("amount", 15000, "currency", "KRW"));
        body.put("category", "food.coffee");
        body.put("tags", List.of(" 원두 ", "Single-Origin", "원두"));
        body.put("imageUrls", List.of("https://images.example.com/beans.jpg"));
        body.put("regions", List.of("seoul.gangnam", "gyeonggi", "seoul.gangnam"));
        return body;
    }

    @Test
    void aProductCarriesItsCategoryTagsImagesAndRegions() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        shop.partner().body(coffee()).post("/partner/products").then().statusCode(201)
                .body("category", equalTo("food.coffee"))
                .body("tags", equalTo(List.of("원두", "single-origin")))
                .body("imageUrls", equalTo(List.of("https://images.example.com/beans.jpg")))
                .body("regions", equalTo(List.of("seoul.gangnam", "gyeonggi")))
                .body("status", equalTo("ACTIVE"));

        // Without details: no category, no tags or images, delivered nationwide.
        String plain = Fixtures.product(shop);
        shop.partner().get("/partner/products/" + plain).then().statusCode(200)
                .body("category", nullValue()).body("tags", equalTo(List.of())).body("regions", equalTo(List.of("kr")));
    }

    @Test
    void anEditReplacesTheDetailsAndIsAnEvent() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String product = shop.partner().body(coffee()).post("/partner/products").then().statusCode(201).extract().path("id");

        shop.partner().body(Map.of("name", "콜롬비아 원두", "category", "food", "tags", List.of("커피"), "regions", List.of("busan")))
                .put("/partner/products/" + product).then().statusCode(200)
                .body("name", equalTo("콜롬비아 원두")).body("description", nullValue()).body("category", equalTo("food"))
                .body("tags", equalTo(List.of("커피"))).body("imageUrls", equalTo(List.of())).body("regions", equalTo(List.of("busan")))
                .body("unitPrice.amount", equalTo(15000));
        shop.partner().get("/partner/products/" + product).then().body("name", equalTo("콜롬비아 원두")).body("regions", equalTo(List.of("busan")));

        // Another shop's product is not found, and nothing changes.
        Fixtures.shop().partner().body(Map.of("name", "stolen")).put("/partner/products/" + product).then().statusCode(404);
        assertThat(typesOfEventsAbout(product, 2)).containsExactly("io.gudok.product.created.v1", "io.gudok.product.changed.v1");
    }

    @Test
    @SendsInvalidRequests
    void everyWrongDetailIsNamedAndNothingIsStored() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        Map<String, Object> body = coffee();
        body.put("category", "food.caviar");
        body.put("tags", List.of("ok", " ", "x".repeat(31)));
        body.put("imageUrls", List.of("http://images.example.com/a.jpg", "https:///nohost", "not a url"));
        body.put("regions", List.of("seoul.gangnam", "seoul.haeundae", "mars"));
        shop.partner().body(body).post("/partner/products").then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("category", "tags[1]", "tags[2]", "imageUrls[0]", "imageUrls[1]",
                        "imageUrls[2]", "regions[1]", "regions[2]"));
        body = coffee();
        body.put("tags", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList());
        shop.partner().body(body).post("/partner/products").then().statusCode(400).body("invalidParams.name", hasItems("tags"));
        shop.partner().get("/partner/products").then().statusCode(200).body("items", equalTo(List.of()));

        String product = Fixtures.product(shop);
        shop.partner().body(Map.of("name", "x", "regions", List.of("atlantis"))).put("/partner/products/" + product)
                .then().statusCode(400).body("invalidParams[0].name", equalTo("regions[0]"));
        shop.partner().get("/partner/products/" + product).then().body("name", equalTo("Jeju water 2L x 6"));
    }

    @Test
    void aRetiredProductRetiresItsPlansTakesNoNewOnesAndCannotBeEdited() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String product = Fixtures.product(shop);
        String weekly = Fixtures.plan(shop, Map.of("productId", product, "name", "weekly", "kind", "REGULAR_DELIVERY",
                "price", Map.of("amount", 9900, "currency", "KRW"), "cycle", Map.of("type", "WEEKLY", "everyWeeks", 1, "dayOfWeek", "MONDAY")));
        String monthly = Fixtures.plan(shop, Map.of("productId", product, "name", "monthly", "kind", "REGULAR_DELIVERY",
                "price", Map.of("amount", 9900, "currency", "KRW"), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 3)));
        shop.partner().post("/partner/plans/" + monthly + "/retire").then().statusCode(200);

        shop.partner().post("/partner/products/" + product + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));

        shop.partner().get("/partner/plans").then().statusCode(200).body("items.status", equalTo(List.of("RETIRED", "RETIRED")));
        shop.partner().post("/partner/products/" + product + "/retire").then().statusCode(409).body("currentState", equalTo("RETIRED"));
        shop.partner().body(Map.of("name", "again")).put("/partner/products/" + product).then().statusCode(409);
        shop.partner().body(Map.of("productId", product, "name", "late", "kind", "REGULAR_DELIVERY",
                        "price", Map.of("amount", 9900, "currency", "KRW"), "cycle", Map.of("type", "MONTHLY", "dayOfMonth", 3)))
                .post("/partner/plans").then().statusCode(400).body("invalidParams[0].name", equalTo("productId"));
        assertThat(typesOfEventsAbout(product, 2)).containsExactly("io.gudok.product.created.v1", "io.gudok.product.retired.v1");
        assertThat(typesOfEventsAbout(weekly, 2)).containsExactly("io.gudok.plan.created.v1", "io.gudok.plan.retired.v1");
        assertThat(typesOfEventsAbout(monthly, 2)).as("retired once, by its shop").containsExactly("io.gudok.plan.created.v1", "io.gudok.plan.retired.v1");
    }

    @Test
    void aNewPlanPriceIsForNewSubscriptionsOnly() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        java.time.LocalDate start = Fixtures.today().plusDays(8);
        String plan = Fixtures.weeklyPlan(shop, 1, start.getDayOfWeek().name());
        String cheaper = Fixtures.weeklyPlan(shop, 1, start.getDayOfWeek().name());
        String early = Fixtures.subscribe(TestTokens.newUser(), plan, 2, start);
        String earlyUser = TestTokens.newUser();
        String movedLater = Fixtures.subscribe(earlyUser, plan, 1, start);

        shop.partner().body(Map.of("name", "weekly water, dearer", "price", Map.of("amount", 12000, "currency", "KRW")))
                .put("/partner/plans/" + plan).then().statusCode(200)
                .body("name", equalTo("weekly water, dearer")).body("price.amount", equalTo(12000)).body("cycle.type", equalTo("WEEKLY"));
        String late = Fixtures.subscribe(TestTokens.newUser(), plan, 2, start);
        shop.partner().body(Map.of("name", "cheaper", "price", Map.of("amount", 5000, "currency", "KRW")))
                .put("/partner/plans/" + cheaper).then().statusCode(200);
        // A change to another plan takes that plan's price as it is at the change.
        as(earlyUser).body(Map.of("planId", cheaper)).post("/subscriptions/" + movedLater + "/change").then().statusCode(200);

        assertThat(amountsDue(early)).as("the price it took: 9,900 × 2").isNotEmpty().allMatch(amount -> amount == 19_800);
        assertThat(amountsDue(late)).as("the new price: 12,000 × 2").isNotEmpty().allMatch(amount -> amount == 24_000);
        assertThat(amountsDue(movedLater)).as("the other plan's new price").isNotEmpty().allMatch(amount -> amount == 5_000);
        assertThat(typesOfEventsAbout(plan, 2)).containsExactly("io.gudok.plan.created.v1", "io.gudok.plan.changed.v1");

        // A retired plan keeps its price; another shop's plan is not found.
        shop.partner().post("/partner/plans/" + plan + "/retire").then().statusCode(200);
        shop.partner().body(Map.of("name", "x", "price", Map.of("amount", 1))).put("/partner/plans/" + plan).then().statusCode(409);
        Fixtures.shop().partner().body(Map.of("name", "x", "price", Map.of("amount", 1))).put("/partner/plans/" + cheaper).then().statusCode(404);
    }

    @Test
    @SendsInvalidRequests
    void aPlanChangeNeedsANameAndAPrice() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.rentalPlan(shop, 12);
        shop.partner().body(Map.of("price", Map.of("amount", -1))).put("/partner/plans/" + plan).then().statusCode(400)
                .body("invalidParams.name", containsInAnyOrder("name", "price.amount"));
        shop.partner().body(Map.of("name", "purifier", "price", Map.of("amount", 19900))).put("/partner/plans/" + plan).then().statusCode(200)
                .body("rental.monthlyFee.amount", equalTo(19900)).body("rental.commitmentMonths", equalTo(12));
    }

    @jakarta.inject.Inject
    domain.billing.DueCharges dueCharges;

    /** What billing would charge for each of the subscription's deliveries still to be paid. */
    private List<Long> amountsDue(String subscription) {
        return dueCharges.due(Fixtures.today().plusYears(1), Integer.MAX_VALUE).stream()
                .filter(charge -> charge.subscriptionId().toString().equals(subscription)).map(domain.billing.DueCharge::amount).toList();
    }

    private static List<Object> typesOfEventsAbout(String subject, int expected) {
        return Fixtures.readUntil(() -> as(TestTokens.admin()).queryParam("subject", subject).queryParam("limit", 100).get("/admin/events")
                        .then().statusCode(200).extract().jsonPath().getList("items.type"), types -> types.size() >= expected);
    }
}

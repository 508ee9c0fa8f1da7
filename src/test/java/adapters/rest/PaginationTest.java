package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists are cursor-paginated: every item once, in order, and no cursor after the last page. */
@QuarkusTest
class PaginationTest {

    @Test
    void subscriptionsPageThroughNewestFirst() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 20);
        String user = TestTokens.newUser();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) created.add(0, Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1)));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as(user).queryParam("limit", 2);
            if (cursor != null) request = request.queryParam("cursor", cursor);
            JsonPath page = request.get("/subscriptions").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
            pages++;
        } while (cursor != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void fundingSourcesPageThroughOldestFirst() {
        String user = TestTokens.newUser();
        List<String> linked = new ArrayList<>();
        for (String card : List.of("4242424242424242", "5555555555554444", "4000000000009995")) {
            linked.add(WalletFixtures.linkCard(user, card));
        }

        JsonPath first = as(user).queryParam("limit", 2).get("/wallet/funding-sources").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("items.last4", String.class)).containsExactly("4242", "4444");
        assertThat(first.getString("next")).isNotNull();
        JsonPath second = as(user).queryParam("limit", 2).queryParam("cursor", first.getString("next"))
                .get("/wallet/funding-sources").then().statusCode(200).extract().jsonPath();
        assertThat(second.getList("items.last4", String.class)).containsExactly("9995");
        assertThat(second.getString("next")).isNull();

        List<String> seen = new ArrayList<>(first.getList("items.id", String.class));
        seen.addAll(second.getList("items.id", String.class));
        assertThat(seen).containsExactlyElementsOf(linked);
    }

    @Test
    @contract.SendsInvalidRequests
    void deliveriesPageThroughSoonestFirst() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, "MONDAY");
        String user = TestTokens.newUser();
        for (int i = 0; i < 3; i++) Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));

        List<String> dates = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = shop.partner().queryParam("limit", 4);
            if (cursor != null) request = request.queryParam("cursor", cursor);
            JsonPath page = request.get("/partner/deliveries").then().statusCode(200).extract().jsonPath();
            dates.addAll(page.getList("items.date", String.class));
            ids.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next");
        } while (cursor != null);
        assertThat(ids).hasSize(9).doesNotHaveDuplicates();
        assertThat(dates).isSorted();

        // A date range (inclusive) narrows the list to the deliveries due in it.
        String first = dates.get(0);
        List<String> firstDay = shop.partner().queryParam("from", first).queryParam("to", first)
                .get("/partner/deliveries").then().statusCode(200).extract().jsonPath().getList("items.date", String.class);
        assertThat(firstDay).hasSize(3).containsOnly(first);
        assertThat(shop.partner().queryParam("from", dates.get(8)).get("/partner/deliveries").then().statusCode(200)
                .extract().jsonPath().getList("items.date", String.class)).allMatch(d -> d.compareTo(dates.get(8)) >= 0);
        shop.partner().queryParam("from", "2026-13-01").get("/partner/deliveries").then().statusCode(400)
                .body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("from"));
        shop.partner().queryParam("from", "2026-12-10").queryParam("to", "2026-12-01").get("/partner/deliveries")
                .then().statusCode(400).body("invalidParams[0].name", org.hamcrest.Matchers.equalTo("to"));
    }
}

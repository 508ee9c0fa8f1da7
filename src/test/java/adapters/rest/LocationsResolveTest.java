package adapters.rest;

import static adapters.rest.Fixtures.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A created resource's Location leads to a GET that shows it, to its owner only. */
@QuarkusTest
class LocationsResolveTest {

    @Test
    void aRegisteredShopIsReadWhereItsLocationPoints() {
        var created = as(TestTokens.admin()).body(Map.of("name", "shop " + UUID.randomUUID())).post("/admin/shops")
                .then().statusCode(201).extract();
        String id = created.path("id");
        as(TestTokens.admin()).get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));
        as(TestTokens.admin()).get("/admin/shops/" + UUID.randomUUID()).then().statusCode(404);
        as(TestTokens.newUser()).get(created.header("Location")).then().statusCode(403);
    }

    @Test
    void aProductIsReadWhereItsLocationPointsByItsShopOnly() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        var created = shop.partner().body(Map.of("name", "Jeju water 2L x 6", "unitPrice", Map.of("amount", 9900, "currency", "KRW")))
                .post("/partner/products").then().statusCode(201).extract();
        String id = created.path("id");
        shop.partner().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id))
                .body("unitPrice.amount", equalTo(9900));
        Fixtures.ShopAccess other = Fixtures.shop();
        other.partner().get(created.header("Location")).then().statusCode(404);
    }

    @Test
    void aLinkedCardIsReadWhereItsLocationPointsByItsUserOnly() {
        String user = TestTokens.newUser();
        var created = as(user).body(Map.of("kind", "CARD", "number", WalletFixtures.APPROVING_CARD))
                .post("/wallet/funding-sources").then().statusCode(201).extract();
        as(user).get(created.header("Location")).then().statusCode(200).body("isDefault", equalTo(true))
                .body("unlinkedAt", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", "Bearer " + TestTokens.newUser()).contentType(ContentType.JSON)
                .get(created.header("Location")).then().statusCode(404);
    }
}

package adapters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One service down is enough to fail readiness, and the report says which one; the others stay UP and
 * the API keeps serving what does not need the missing service.
 */
@QuarkusTest
@TestProfile(SearchEngineDownTest.SearchEngineUnreachable.class)
class SearchEngineDownTest {

    /** Port 1 on loopback: nothing listens there. PostgreSQL, Kafka and RabbitMQ are the real ones. */
    public static class SearchEngineUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.elasticsearch.hosts", "127.0.0.1:1");
        }
    }

    @Test
    void notReadyNamingOnlyTheSearchEngine() throws InterruptedException {
        // The other checks may take a moment to connect after start-up; wait until only the search engine is down.
        for (int attempt = 0; attempt < 30 && given().get("/q/health/ready").jsonPath().getList("checks.findAll { it.status == 'DOWN' }").size() != 1; attempt++) {
            Thread.sleep(1_000);
        }
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.findAll { it.status == 'DOWN' }.name", org.hamcrest.Matchers.contains("Elasticsearch cluster health check"))
                .body("checks.findAll { it.status == 'UP' }.name", hasItems("Database connections health check",
                        "PostgreSQL schema", "Kafka", "RabbitMQ"));

        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, Fixtures.monthlyPlan(shop, 5), 1, Fixtures.today().plusDays(1));
        Fixtures.as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("state", equalTo("ACTIVE"));
    }
}

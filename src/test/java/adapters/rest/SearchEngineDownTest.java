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
 * The search engine down does not take the instance out of its load balancer: readiness stays UP, the
 * platform-services group says which one is down, and the API keeps serving.
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
    void readyWhileTheSearchEngineIsDownWhichItsGroupReports() throws InterruptedException {
        // The other checks may take a moment to connect after start-up; wait until readiness is up.
        for (int attempt = 0; attempt < 30 && given().get("/q/health/ready").statusCode() != 200; attempt++) {
            Thread.sleep(1_000);
        }
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "PostgreSQL schema", "RabbitMQ"));
        given().get("/q/health/group/platform-services").then().statusCode(503)
                .body("checks.findAll { it.status == 'DOWN' }.name", org.hamcrest.Matchers.contains("Search engine"))
                .body("checks.findAll { it.status == 'UP' }.name", org.hamcrest.Matchers.hasItem("Kafka"));

        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, Fixtures.monthlyPlan(shop, 5), 1, Fixtures.today().plusDays(1));
        Fixtures.as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("state", equalTo("ACTIVE"));
    }
}

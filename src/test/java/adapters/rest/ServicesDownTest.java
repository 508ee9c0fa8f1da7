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
 * With every service unreachable the app still starts and stays alive; readiness names the services the API cannot
 * work without, and the platform-services group the ones it can (Kafka, the search engine).
 */
@QuarkusTest
@TestProfile(ServicesDownTest.NothingAnswers.class)
class ServicesDownTest {

    /** Port 1 on loopback: nothing listens there, so every connection is refused at once. */
    public static class NothingAnswers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/gudok",
                    "quarkus.datasource.nested.jdbc.url", "jdbc:postgresql://127.0.0.1:1/gudok",
                    "kafka.bootstrap.servers", "127.0.0.1:1",
                    "gudok.rabbitmq.port", "1",
                    "quarkus.elasticsearch.hosts", "127.0.0.1:1");
        }
    }

    @Test
    void aliveButNotReadyNamingEveryService() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.findAll { it.status == 'DOWN' }.name", hasItems("Database connections health check",
                        "PostgreSQL schema", "RabbitMQ"))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("Kafka")))
                .body("checks.name", org.hamcrest.Matchers.not(hasItems("Search engine")));
        given().get("/q/health/group/platform-services").then().statusCode(503).body("status", equalTo("DOWN"))
                .body("checks.findAll { it.status == 'DOWN' }.name", org.hamcrest.Matchers.containsInAnyOrder("Kafka", "Search engine"));
        System.gc(); // a gauge whose state only the gauge references reads NaN once collected: hold it in the bean
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("gudok_service_up{service=\"kafka\"} 0.0"))
                .body(org.hamcrest.Matchers.containsString("gudok_service_up{service=\"search\"} 0.0"));
    }
}

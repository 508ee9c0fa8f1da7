package adapters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Readiness covers what the API needs (PostgreSQL, RabbitMQ); Kafka and the search engine are in the
 * platform-services group; OpenAPI, Swagger UI and metrics are served.
 */
@QuarkusTest
class OperationsTest {

    @Test
    void readyWithPostgresAndRabbitMqAndTheOthersInTheirGroup() throws InterruptedException {
        // Readiness may lag start-up by a moment while the clients connect; a real probe retries too.
        for (int attempt = 0; attempt < 30 && given().get("/q/health/ready").statusCode() != 200; attempt++) {
            Thread.sleep(1_000);
        }
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "PostgreSQL schema", "RabbitMQ"));
        for (int attempt = 0; attempt < 30 && given().get("/q/health/group/platform-services").statusCode() != 200; attempt++) {
            Thread.sleep(1_000);
        }
        given().get("/q/health/group/platform-services").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.containsInAnyOrder("Kafka", "Search engine", "Classification worker"));
    }

    @Test
    @contract.SendsInvalidRequests
    void openApiSwaggerAndMetrics() {
        given().get("/q/openapi").then().statusCode(200).body(containsString("/subscriptions/{id}/pause"));
        given().get("/q/swagger-ui/").then().statusCode(200);
        // the event catalog for integrators, beside the API's document
        given().get("/events/asyncapi.json").then().statusCode(200).body("asyncapi", org.hamcrest.Matchers.equalTo("3.0.0"))
                .body("channels.subscriptions.address", org.hamcrest.Matchers.equalTo("gudok.subscriptions"));
        // Serve one API request first, so the test does not depend on others having run before it.
        given().get("/subscriptions").then().statusCode(401);
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}

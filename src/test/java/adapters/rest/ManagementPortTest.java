package adapters.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * As in production (where {@code %prod.quarkus.management.enabled=true}): health and metrics answer on the
 * management port only; the public port serves the API, the OpenAPI document and Swagger UI, and answers
 * 404 for the operators' endpoints.
 */
@QuarkusTest
@TestProfile(ManagementPortTest.AsInProduction.class)
class ManagementPortTest {
    static final int MANAGEMENT_PORT = 9091;

    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.management.enabled", "true", "quarkus.management.test-port", String.valueOf(MANAGEMENT_PORT));
        }
    }

    @Test
    void healthAndMetricsAreOffThePublicPort() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/health").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get("/q/openapi").then().statusCode(200).body(containsString("/subscriptions/{id}/pause"));
        given().get("/q/swagger-ui/").then().statusCode(200);

        given().port(MANAGEMENT_PORT).get("/q/health/live").then().statusCode(200);
        given().port(MANAGEMENT_PORT).get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
        given().port(MANAGEMENT_PORT).get("/subscriptions").then().statusCode(404);
    }
}

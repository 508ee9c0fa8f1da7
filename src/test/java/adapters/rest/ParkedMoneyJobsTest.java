package adapters.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 8: a parked money job is an alert (wellness check and gauge), and readiness ignores it. */
@QuarkusTest
@contract.SendsInvalidRequests
class ParkedMoneyJobsTest {

    @Inject
    Database database;

    @Test
    void aParkedMoneyJobIsADownWellnessCheckAndAGaugeButNotUnreadiness() {
        UUID job = UUID.randomUUID();
        database.execute("INSERT INTO jobs (id, type, subject_id, dedup_key, due_at, state, failures, generation, last_error, created_at,"
                + " finished_at) VALUES ('" + job + "', 'top_up_refund.settle', '" + UUID.randomUUID() + "', 'test:" + job
                + "', now(), 'PARKED', 30, 31, 'the gateway still has no outcome', now(), now())");
        try {
            JsonPath well = given().get("/q/health/well").then().statusCode(503).body("status", equalTo("DOWN"))
                    .extract().jsonPath();
            Map<String, Object> check = well.getMap("checks.find { it.name == 'parked money jobs' }");
            assertThat(check).containsEntry("status", "DOWN");
            assertThat(((Number) ((Map<?, ?>) check.get("data")).get("top_up_refund.settle")).longValue()).isPositive();
            given().get("/q/metrics").then().statusCode(200).body(containsString("gudok_jobs_parked_money"));
            // Readiness may lag start-up by a moment while the clients connect.
            Fixtures.eventually(java.time.Duration.ofSeconds(30), () -> given().get("/q/health/ready").then().statusCode(200));
        } finally {
            database.execute("DELETE FROM jobs WHERE id = '" + job + "'");
        }
    }
}

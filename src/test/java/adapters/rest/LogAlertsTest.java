package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * gudok's own WARN and ERROR records, through Kafka, against an admin's log alert: the records it matches are listed
 * with it; an INFO record, or one of another logger, is not.
 */
@QuarkusTest
class LogAlertsTest {
    private static final Logger PROBE = Logger.getLogger("adapters.probe.GatewayProbe");
    private static final Logger OTHER = Logger.getLogger("adapters.other.Elsewhere");

    @Test
    void aLogAlertListsTheRecordsItMatches() {
        String word = "게이트웨이" + System.nanoTime() % 100_000;
        String alert = as(TestTokens.admin()).body(Map.of("name", "gateway trouble", "subject", "LOG", "filter", Map.of("and", List.of(
                        Map.of("logger", List.of("adapters.probe")), Map.of("keywords", Map.of("any", List.of(word))),
                        Map.of("exception", List.of("ConnectException"))))))
                .post("/admin/log-alerts").then().statusCode(201).extract().path("id");
        String path = "/admin/log-alerts/" + alert + "/records";
        // Logged again until the worker has one (its consumer may join the topic after the first record).
        JsonPath records = Fixtures.readUntil(() -> {
            PROBE.info(word + " is fine");
            OTHER.warn(word + " elsewhere", new java.net.ConnectException("refused"));
            PROBE.warn(word + " down", new IllegalStateException("gave up", new java.net.ConnectException("refused")));
            return as(TestTokens.admin()).get(path).then().statusCode(200).extract().jsonPath();
        }, page -> !page.getList("items").isEmpty());
        assertThat(records.getString("items[0].item")).startsWith("log:");
        assertThat(records.getString("items[0].logger")).isEqualTo("adapters.probe.GatewayProbe");
        assertThat(records.getString("items[0].level")).isEqualTo("WARN");
        assertThat(records.getString("items[0].message")).isEqualTo(word + " down");
        assertThat(records.getList("items[0].exceptionTypes", String.class))
                .containsExactly("java.lang.IllegalStateException", "java.net.ConnectException");
        assertThat(records.getList("items.message", String.class)).allMatch(m -> m.equals(word + " down"));
    }

    @Test
    @contract.SendsInvalidRequests
    void aLogAlertSortsLogRecordsOnly() {
        as(TestTokens.admin()).body(Map.of("name", "plans?", "subject", "PLAN", "filter", Map.of("level", List.of("ERROR"))))
                .post("/admin/log-alerts").then().statusCode(400);
        as(TestTokens.admin()).get("/admin/log-alerts/" + java.util.UUID.randomUUID() + "/records").then().statusCode(404);
        as(TestTokens.newUser()).get("/admin/log-alerts").then().statusCode(403);
        // a sample log record with a missing exception type is the client's mistake, named
        java.util.List<String> types = new java.util.ArrayList<>();
        types.add(null);
        java.util.Map<String, Object> item = new java.util.HashMap<>(Map.of("title", "x", "level", "ERROR"));
        item.put("exceptionTypes", types);
        as(TestTokens.admin()).body(Map.of("subject", "LOG", "filter", Map.of("level", List.of("ERROR")), "item", item))
                .post("/admin/log-alerts/test").then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("item.exceptionTypes[0]"));
    }
}

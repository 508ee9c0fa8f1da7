package contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the app serves passes @redocly/cli's recommended rules with no error and no warning
 * (the linter is installed from npm by {@code docker/platform test}), and holds what a client generator
 * needs from every operation.
 */
@QuarkusTest
class OpenApiDocumentTest {
    private static final Path REDOCLY = Path.of("docker/.state/redocly/node_modules/.bin/redocly");

    @Test
    void lintsCleanWithTheRecommendedRules() throws Exception {
        Path document = Path.of("target/openapi.json");
        Files.writeString(document, given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        assertThat(REDOCLY).as("the linter; docker/platform test installs it").exists();

        Process lint = new ProcessBuilder(REDOCLY.toString(), "lint", "--format=json", document.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        lint.getOutputStream().close();
        String report = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();
        JsonNode result = new ObjectMapper().readTree(report);
        List<String> problems = new ArrayList<>();
        result.path("problems").forEach(p -> problems.add(p.path("severity").asText() + " " + p.path("ruleId").asText() + ": "
                + p.path("message").asText() + " at " + p.path("location").path(0).path("pointer").asText()));
        assertThat(problems).as("redocly lint (recommended) on " + document).isEmpty();
        assertThat(result.path("totals").path("errors").asInt() + result.path("totals").path("warnings").asInt()).isZero();
    }

    /**
     * The document is committed (src/main/openapi/gudok.json): the test client is generated from it at build
     * time, and a change to the API shows in review as a change to it. The served one must be the same.
     */
    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(given().accept("application/json").get("/q/openapi").asString());
        Path fresh = Path.of("target/openapi-served.json");
        Files.writeString(fresh, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        JsonNode committed = json.readTree(Files.readString(Path.of("src/main/openapi/gudok.json")));
        assertThat(served).as("the served document differs from src/main/openapi/gudok.json;"
                + " if the API change is meant, copy %s over it", fresh).isEqualTo(committed);
    }

    @Test
    void everyOperationHasAnIdASummaryASuccessAndProblemAnswers() throws Exception {
        JsonNode document = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        assertThat(document.path("openapi").asText()).isEqualTo("3.0.3");
        List<String> missing = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            if (operation.path("operationId").asText().isEmpty()) missing.add(name + ": operationId");
            if (operation.path("summary").asText().isEmpty()) missing.add(name + ": summary");
            if (operation.path("security").isEmpty()) missing.add(name + ": security");
            boolean success = false;
            for (var status = operation.path("responses").fieldNames(); status.hasNext(); ) {
                String code = status.next();
                if (code.startsWith("2")) success = true;
                if ((code.startsWith("4") || code.startsWith("5"))
                        && operation.path("responses").path(code).path("content").path("application/problem+json").isMissingNode()) {
                    missing.add(name + ": " + code + " as application/problem+json");
                }
            }
            if (!success) missing.add(name + ": a 2xx answer");
            boolean partner = path.getKey().startsWith("/partner/");
            if (!operation.path("security").path(0).has(partner ? "ApiKey" : "BearerJWT")) missing.add(name + ": the right credential");
            if (op.getKey().equals("post") && operation.path("responses").has("201")
                    && operation.path("responses").path("201").path("headers").path("Location").isMissingNode()
                    && !path.getKey().equals("/wallet/top-ups/{id}/refunds")) { // a top-up refund has no address of its own yet
                missing.add(name + ": Location on 201");
            }
        }));
        assertThat(missing).isEmpty();
    }
}

package adapters.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's curl walk-through, as written there, against the app under test: a new user's first
 * experience must not break when the API changes. Every curl fails the script on a 4xx or 5xx answer.
 */
@QuarkusTest
class ReadmeWalkThroughTest {
    private static final String SECTION = "### Walk-through with curl";

    @Test
    void theReadmeWalkThroughRunsToTheEnd() throws IOException, InterruptedException {
        awaitReady();
        String alice = "readme-" + UUID.randomUUID();  // a new user each run, not the README's "alice"
        String walkThrough = walkThrough().replace("docker/dev-token alice user", "docker/dev-token " + alice + " user");
        assertThat(walkThrough).contains(alice);

        // --fail-with-body turns an error answer into a failed command, also inside $(… | json id) with
        // pipefail; set -e ends the script there. One answer per line, so the output reads step by step.
        String script = "set -euo pipefail\ncurl() { command curl --fail-with-body --max-time 10 -w '\\n' \"$@\"; }\n" + walkThrough;
        Path log = Files.createTempFile("readme-walk-through", ".log");
        Process bash = new ProcessBuilder("bash", "-c", script).directory(Path.of("").toAbsolutePath().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        boolean finished = bash.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            bash.descendants().forEach(ProcessHandle::destroyForcibly);
            bash.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);

        assertThat(finished).as("the walk-through finished within 2 minutes; output:%n%s", output).isTrue();
        assertThat(bash.exitValue()).as("exit code; output:%n%s", output).isZero();
        assertThat(output)
                .contains("\"status\":\"SUCCEEDED\"")           // the top-up
                .contains("\"state\":\"PAUSED\"")
                .contains("\"state\":\"SHIPPED\"").contains("\"trackingNumber\":\"6868-1234-5678\"")
                .contains("\"state\":\"DELIVERED\"")
                .contains("\"state\":\"CANCELLED\"").contains("\"mode\":\"END_OF_CYCLE\"")
                .containsPattern("\"status\" *: *\"UP\"")   // readiness, pretty-printed
                .doesNotContain(Problem.TYPE_BASE);
    }

    /** The bash block that follows the walk-through's heading, with the API pointed at the app under test. */
    private static String walkThrough() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf(SECTION);
        assertThat(section).as("README has a section '%s'", SECTION).isNotNegative();
        int start = readme.indexOf("```bash\n", section) + "```bash\n".length();
        int end = readme.indexOf("\n```", start);
        return "API=http://localhost:" + RestAssured.port + "\n" + readme.substring(start, end) + "\n";
    }

    private static void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 30 && given().get("/q/health/ready").statusCode() != 200; attempt++) {
            Thread.sleep(1_000);
        }
        given().get("/q/health/ready").then().statusCode(200);
    }
}

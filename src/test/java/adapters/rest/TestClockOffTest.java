package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the test clock is off, as in production, moving it is refused and the app runs on real time. */
@QuarkusTest
@TestProfile(TestClockOffTest.RealTime.class)
class TestClockOffTest {

    public static class RealTime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gudok.test-clock.enabled", "false");
        }
    }

    @Test
    void theClockCannotBeMovedOrRead() {
        as(TestTokens.admin()).body(Map.of("to", Instant.now().plusSeconds(3_600).toString())).post("/admin/test-clock/advance")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/test-clock-off"));
        as(TestTokens.admin()).get("/admin/test-clock").then().statusCode(403)
                .body("type", equalTo("https://gudok.io/problems/test-clock-off"));
    }
}

package adapters.rest;

import static adapters.rest.Fixtures.as;
import static adapters.rest.WalletFixtures.balance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A request that gets no database connection before the pool's time-out (5 s) is overload, not a
 * fault: 503 with Retry-After, nothing written, and the same request goes through once connections
 * are free again. These take every connection of a pool from inside the app's JVM.
 */
@QuarkusTest
class NoDatabaseConnectionTest {
    @Inject
    Database database;

    @Inject
    AgroalDataSource mainPool;

    @Inject
    @DataSource("nested")
    AgroalDataSource nestedPool;

    @Test
    void aTopUpThatCannotWriteItselfDownIs503AndWritesNothing() throws Exception {
        String user = TestTokens.newUser();
        String card = WalletFixtures.linkCard(user, WalletFixtures.APPROVING_CARD);
        String topUps = "SELECT count(*) FROM top_ups WHERE user_id = '" + TestTokens.subjectOf(user) + "'";

        try (HeldConnections taken = HeldConnections.all(nestedPool)) {
            as(user).header("Idempotency-Key", "top-up-when-busy")
                    .body(Map.of("fundingSourceId", card, "amount", WalletFixtures.won(10_000))).post("/wallet/top-ups")
                    .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1")
                    .body("type", equalTo(Problem.TYPE_BASE + "service-unavailable"));
        }
        assertThat(database.count(topUps)).isZero();
        assertThat(balance(user)).isZero();

        as(user).header("Idempotency-Key", "top-up-when-busy")
                .body(Map.of("fundingSourceId", card, "amount", WalletFixtures.won(10_000))).post("/wallet/top-ups")
                .then().statusCode(201).body("status", equalTo("SUCCEEDED"));
        assertThat(database.count(topUps)).isEqualTo(1);
        assertThat(balance(user)).isEqualTo(10_000);
    }

    @Test
    void aReadThatGetsNoConnectionIs503() throws Exception {
        String user = TestTokens.newUser();
        try (HeldConnections taken = HeldConnections.all(mainPool)) {
            as(user).get("/subscriptions").then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "1").body("type", equalTo(Problem.TYPE_BASE + "service-unavailable"));
        }
        as(user).get("/subscriptions").then().statusCode(200);
    }
}

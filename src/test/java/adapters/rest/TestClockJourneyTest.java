package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The test clock, end to end: weeks pass in seconds, and what falls due on the way happens through the
 * real scheduler on RabbitMQ, in order, on production's billing schedule (the day before, at 09:00 Seoul
 * time; retries a day and two days later; dispatch at midnight on the date).
 */
@QuarkusTest
@TestProfile(TestClockJourneyTest.ProductionSchedule.class)
class TestClockJourneyTest {
    private static final Duration ADVANCE_WITHIN = Duration.ofSeconds(90);

    public static class ProductionSchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gudok.billing.days-before", "1", "gudok.billing.time", "09:00",
                    "gudok.billing.retry-delays", "P1D,P2D", "gudok.deliveries.dispatch-time", "00:00");
        }
    }

    @Inject
    Database database;

    @AfterEach
    void ledgerStillHolds() {
        WalletFixtures.assertLedgerHolds(database);
    }

    @Test
    void threeWeeksOfAWeeklySubscriptionAreBilledAndDispatchedInOrder() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate first = Fixtures.today().plusDays(2);
        String plan = Fixtures.weeklyPlan(shop, 1, first.getDayOfWeek().name());
        String user = WalletFixtures.userWithBalance(100_000);
        String subscription = Fixtures.subscribe(user, plan, 1, first);

        advanceTo(first.plusWeeks(2).atTime(LocalTime.NOON));

        List<Map<String, Object>> past = as(user).get("/subscriptions/" + subscription + "/deliveries?when=PAST")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(past).extracting(d -> d.get("date") + " " + d.get("state")).containsExactly(
                first.plusWeeks(1) + " DISPATCHED", first + " DISPATCHED");
        assertThat(SubscriptionJourneyTest.upcoming(user, subscription)).extracting(d -> d.get("date") + " " + d.get("state"))
                .startsWith(first.plusWeeks(2) + " DISPATCHED", first.plusWeeks(3) + " SCHEDULED");
        // The fourth is billed the day before its date, after the time the clock was moved to.
        assertThat(WalletFixtures.balance(user)).isEqualTo(100_000 - 3 * 9_900);
    }

    @Test
    void aRentalWhoseFirstMonthGoesUnpaidThroughEveryRetryIsCancelled() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = TestTokens.newUser();
        WalletFixtures.linkCard(user, WalletFixtures.APPROVING_CARD); // linked, but no auto top-up and nothing in the wallet
        LocalDate start = Fixtures.today().plusDays(2);
        String rental = Fixtures.subscribe(user, Fixtures.rentalPlan(shop, 12), 1, start);

        // Billed the day before the start, retried a day and then two days later: all on an empty wallet.
        advanceTo(start.plusDays(1).atTime(LocalTime.NOON));
        as(user).get("/subscriptions/" + rental).then().statusCode(200).body("state", equalTo("ACTIVE"));
        advanceTo(start.plusDays(3).atTime(LocalTime.NOON));

        as(user).get("/subscriptions/" + rental).then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("cancellation.reason", equalTo("FIRST_MONTH_UNPAID"));
        assertThat(database.count("SELECT count(*) FROM jobs WHERE subject_id = '" + rental
                + "' AND state = 'SCHEDULED'")).as("no fee, no end left to run").isZero();
        assertThat(WalletFixtures.balance(user)).isZero();
    }

    @Test
    void theClockOnlyMovesForwardAndOnlyForAnAdmin() {
        Instant now = Instant.parse(as(TestTokens.admin()).get("/admin/test-clock").then().statusCode(200)
                .body("status", equalTo("READY")).body("seoulDate", notNullValue())
                .extract().path("now"));
        as(TestTokens.admin()).body(Map.of("to", now.minusSeconds(60).toString())).post("/admin/test-clock/advance")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        as(TestTokens.admin()).body(Map.of("to", now.plus(Duration.ofDays(6 * 366)).toString())).post("/admin/test-clock/advance")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("to"));
        as(TestTokens.newUser()).body(Map.of("to", now.plusSeconds(60).toString())).post("/admin/test-clock/advance")
                .then().statusCode(403);
    }

    /** Moves the clock to this Seoul time and waits until everything due by then has run. */
    private static void advanceTo(java.time.LocalDateTime seoulTime) {
        Instant target = seoulTime.atZone(Fixtures.SEOUL).toInstant();
        as(TestTokens.admin()).body(Map.of("to", target.toString())).post("/admin/test-clock/advance")
                .then().statusCode(202).header("Location", org.hamcrest.Matchers.endsWith("/admin/test-clock"))
                .body("status", equalTo("ADVANCING")).body("target", equalTo(target.toString()));
        Fixtures.eventually(ADVANCE_WITHIN, () -> as(TestTokens.admin()).get("/admin/test-clock").then().statusCode(200)
                .body("status", equalTo("READY")));
        assertThat(Fixtures.now()).isAfterOrEqualTo(target);
    }
}

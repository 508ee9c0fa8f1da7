package adapters.rest;

import static adapters.rest.Fixtures.as;
import static adapters.rest.WalletFixtures.balance;
import static adapters.rest.WalletFixtures.linkCard;
import static adapters.rest.WalletFixtures.topUp;
import static adapters.rest.WalletFixtures.userWithBalance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import domain.billing.BillingJobs;
import domain.scheduling.Job;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Where two features meet (issue 15, findings 1 to 4), end to end on real PostgreSQL and RabbitMQ. Deliveries
 * dated up to tomorrow are billed at once and retries come two seconds apart; where months would have to
 * pass, a job's handler is run directly, or SQL moves a date, standing in for the clock.
 */
@QuarkusTest
@TestProfile(BillingTest.BillTomorrowsDeliveriesNow.class)
class CombinationsTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    @Inject
    Database database;
    @Inject
    domain.billing.RentalFees rentalFees;
    @Inject
    domain.subscription.EndRentalUseCase rentalEnds;

    @AfterEach
    void ledgerStillHolds() {
        WalletFixtures.assertLedgerHolds(database);
    }

    @Test
    void aRentalsOneDeliveryCannotBeSkipped() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = TestTokens.newUser();
        String rental = Fixtures.subscribe(user, Fixtures.rentalPlan(shop, 12), 1, Fixtures.today().plusDays(5));

        as(user).post("/subscriptions/" + rental + "/skip").then().statusCode(409)
                .body("type", equalTo("https://gudok.io/problems/state-conflict"));
        assertThat(first(user, rental).get("state")).isEqualTo("SCHEDULED");
    }

    @Test
    void aRentalWhoseFirstMonthGoesUnpaidIsCancelledAndChargedNothingMore() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = TestTokens.newUser();
        String card = linkCard(user, WalletFixtures.APPROVING_CARD);
        String rental = Fixtures.subscribe(user, Fixtures.rentalPlan(shop, 12), 1, Fixtures.today().plusDays(1));

        // Billed at once, then two retries two seconds apart, all on an empty wallet.
        Fixtures.eventually(WITHIN, () -> as(user).get("/subscriptions/" + rental).then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("cancellation.reason", equalTo("FIRST_MONTH_UNPAID")));
        as(user).get("/subscriptions/" + rental).then().body("cancellation.earlyTerminationFee", org.hamcrest.Matchers.nullValue());
        assertThat(database.count("SELECT count(*) FROM jobs WHERE subject_id = '" + rental
                + "' AND type IN ('rental.fee', 'rental.end') AND state = 'SCHEDULED'")).as("no fee, no end").isZero();

        // Money arrives later; the second month's fee, had its job fired, charges nothing.
        topUp(user, card, 100_000).then().statusCode(201);
        fireRentalFee(UUID.fromString(rental), 1);
        assertThat(balance(user)).isEqualTo(100_000);
    }

    @Test
    void aRentalMonthIsChargedOnceAndOnlyAfterItsFirstMonthWasPaid() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = userWithBalance(3 * 29_900);
        String rental = Fixtures.subscribe(user, Fixtures.rentalPlan(shop, 12), 1, Fixtures.today().plusDays(5));
        UUID id = UUID.fromString(rental);
        // Before billing has charged the delivery, a fee job finds the first month unpaid and charges nothing.
        fireRentalFee(id, 1);
        assertThat(balance(user)).isEqualTo(3 * 29_900);

        database.execute("UPDATE deliveries SET state = 'PAID' WHERE subscription_id = '" + rental + "'");
        fireRentalFee(id, 1);
        fireRentalFee(id, 1); // the same month again: a duplicate message, a replayed job
        assertThat(balance(user)).isEqualTo(2 * 29_900);
        assertThat(database.count("SELECT count(*) FROM rental_months WHERE subscription_id = '" + rental + "' AND month = 1")).isEqualTo(1);
    }

    @Test
    void aSuspendedRentalEndsWithItsCommitment() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String user = userWithBalance(29_900);
        String rental = Fixtures.subscribe(user, Fixtures.rentalPlan(shop, 12), 1, Fixtures.today());
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, rental).get("state")).isEqualTo("DISPATCHED"));
        UUID id = UUID.fromString(rental);
        // Month 2's last retry fails after one unpaid month: suspended.
        fire(BillingJobs.rentalFee(id, 2, 2, 1, Fixtures.now()));
        as(user).get("/subscriptions/" + rental).then().body("state", equalTo("SUSPENDED"));

        // The commitment runs out (SQL moves its end to today) and the rental.end job fires.
        database.execute("UPDATE subscriptions SET commitment_ends_on = '" + Fixtures.today() + "' WHERE id = '" + rental + "'");
        QuarkusTransaction.requiringNew().run(() -> rentalEnds.endCommitment(id));

        as(user).get("/subscriptions/" + rental).then().body("state", equalTo("ENDED"));
        as(user).post("/subscriptions/" + rental + "/resume").then().statusCode(409);
    }

    @Test
    void aPauseStopsTheRetriesOfADeliveryStillBeingPaid() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = TestTokens.newUser();
        String card = linkCard(user, WalletFixtures.APPROVING_CARD);
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAYMENT_PENDING"));
        String delivery = (String) first(user, subscription).get("id");

        as(user).body(Map.of("until", Fixtures.today().plusDays(10).toString())).post("/subscriptions/" + subscription + "/pause")
                .then().statusCode(200).body("state", equalTo("PAUSED"));
        topUp(user, card, 20_000).then().statusCode(201);
        // A retry comes two seconds after the last; give it time to find nothing to charge.
        Fixtures.eventually(WITHIN, () -> assertThat(database.count("SELECT count(*) FROM jobs WHERE type = 'payment.retry' AND subject_id = '"
                + delivery + "' AND state = 'SCHEDULED'")).isZero());
        assertThat(delivery(user, delivery)).containsEntry("state", "SKIPPED").containsEntry("skipReason", "PAUSED");
        assertThat(balance(user)).as("nothing charged during the pause").isEqualTo(20_000);
        assertThat(database.count("SELECT count(*) FROM payments WHERE delivery_id = '" + delivery + "'")).isZero();
    }

    @Test
    void aPauseOverAPaidDeliveryRefundsItAndItIsNotDispatched() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = userWithBalance(20_000);
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAID"));
        String delivery = (String) first(user, subscription).get("id");

        as(user).post("/subscriptions/" + subscription + "/pause").then().statusCode(200);

        assertThat(delivery(user, delivery)).containsEntry("state", "CANCELLED").containsEntry("skipReason", "PAUSED");
        assertThat(balance(user)).isEqualTo(20_000);
        assertThat(database.count("SELECT count(*) FROM jobs WHERE type = 'delivery.dispatch' AND subject_id = '"
                + delivery + "' AND state = 'SCHEDULED'")).isZero();
    }

    @Test
    void aSkipSurvivesAPlanChange() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String day = Fixtures.today().plusDays(3).getDayOfWeek().name();
        String plan = Fixtures.weeklyPlan(shop, 1, day);
        String other = Fixtures.weeklyPlan(shop, 1, day);
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(3));
        List<Map<String, Object>> before = SubscriptionJourneyTest.upcoming(user, subscription);
        LocalDate skipped = LocalDate.parse((String) before.get(1).get("date"));
        as(user).body(Map.of("deliveryId", before.get(1).get("id"))).post("/subscriptions/" + subscription + "/skip").then().statusCode(200);

        as(user).body(Map.of("planId", other)).post("/subscriptions/" + subscription + "/change").then().statusCode(200);

        List<Map<String, Object>> after = SubscriptionJourneyTest.upcoming(user, subscription);
        assertThat(after).filteredOn(d -> d.get("date").equals(skipped.toString()))
                .extracting(d -> d.get("state") + "/" + d.get("skipReason")).containsExactly("SKIPPED/SUBSCRIBER");
        assertThat(after).extracting(d -> d.get("planId")).containsOnly(other);
    }

    /**
     * Finding 7: while an auto top-up waits on the gateway (here the sandbox gateway's table is held, like a slow
     * gateway), the billing run holds no lock on the subscriber's wallet or delivery; before, it held both (and
     * locked the top-up after the wallet, the reverse of the settle job's order).
     */
    @Test
    void anAutoTopUpAtTheGatewayHoldsNoLockOnTheWalletOrTheDelivery() throws Exception {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = userWithBalance(1_000);
        as(user).body(Map.of("amount", WalletFixtures.won(10_000))).put("/wallet/auto-top-up").then().statusCode(200);
        String subject = TestTokens.subjectOf(user);
        String subscription;
        try (Database.HeldLock gateway = database.lockTable("sandbox_gateway_requests")) {
            subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1)); // billed at once
            gateway.awaitWaiting(1); // the auto top-up is at the gateway
            String delivery = (String) first(user, subscription).get("id");
            assertThat(database.executeUnlessLocked("SELECT 1 FROM wallets WHERE user_id = '" + subject + "' FOR UPDATE"))
                    .as("the wallet is not locked while the gateway is asked").isTrue();
            assertThat(database.executeUnlessLocked("SELECT 1 FROM deliveries WHERE id = '" + delivery + "' FOR UPDATE"))
                    .as("nor is the delivery").isTrue();
        }
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAID"));
        assertThat(balance(user)).isEqualTo(1_000 + 10_000 - 9_900);
    }

    @Test
    @contract.SendsInvalidRequests
    void aSubscriberTakesBackASkipAndMovesHouse() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(3).getDayOfWeek().name());
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(3));
        String second = (String) SubscriptionJourneyTest.upcoming(user, subscription).get(1).get("id");
        as(user).body(Map.of("deliveryId", second)).post("/subscriptions/" + subscription + "/skip").then().statusCode(200);

        as(user).post("/subscriptions/" + subscription + "/deliveries/" + second + "/unskip").then().statusCode(200);
        assertThat(delivery(user, second)).containsEntry("state", "SCHEDULED");
        as(user).post("/subscriptions/" + subscription + "/deliveries/" + second + "/unskip").then().statusCode(409)
                .body("type", equalTo("https://gudok.io/problems/state-conflict"));
        assertThat(database.count("SELECT count(*) FROM subscription_skipped_days WHERE subscription_id = '" + subscription + "'")).isZero();

        Map<String, Object> busan = Map.of("recipient", "Lee", "phone", "010-9876-5432", "line1", "Busan 2", "postalCode", "48058");
        as(user).body(Map.of("address", busan)).put("/subscriptions/" + subscription + "/address").then().statusCode(200)
                .body("address.line1", equalTo("Busan 2"));
        assertThat(SubscriptionJourneyTest.upcoming(user, subscription)).extracting(d -> (Object) ((Map<?, ?>) d.get("address")).get("line1"))
                .containsOnly("Busan 2");
        Map<String, Object> wrong = Map.of("recipient", "Lee", "phone", "010-9876-5432", "line1", "Busan 2", "postalCode", "4805");
        as(user).body(Map.of("address", wrong)).put("/subscriptions/" + subscription + "/address").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("address.postalCode"));
        as(TestTokens.newUser()).body(Map.of("address", busan)).put("/subscriptions/" + subscription + "/address").then().statusCode(404);
    }

    private void fireRentalFee(UUID rental, int month) {
        fire(BillingJobs.rentalFee(rental, month, 0, 0, Fixtures.now()));
    }

    private void fire(domain.scheduling.JobRequest request) {
        QuarkusTransaction.requiringNew().run(() -> rentalFees.handle(Job.from(request, Fixtures.now())));
    }

    private static Map<String, Object> delivery(String user, String id) {
        return as(user).get("/deliveries/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> first(String user, String subscription) {
        return SubscriptionJourneyTest.upcoming(user, subscription).get(0);
    }
}

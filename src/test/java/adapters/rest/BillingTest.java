package adapters.rest;

import static adapters.rest.Fixtures.as;
import static adapters.rest.WalletFixtures.balance;
import static adapters.rest.WalletFixtures.linkCard;
import static adapters.rest.WalletFixtures.topUp;
import static adapters.rest.WalletFixtures.userWithBalance;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Billing each cycle from the wallet, end to end over REST on real PostgreSQL and RabbitMQ. Deliveries
 * dated up to tomorrow are billed at once, and retries come two seconds apart.
 */
@QuarkusTest
@TestProfile(BillingTest.BillTomorrowsDeliveriesNow.class)
class BillingTest {
    private static final Duration WITHIN = Duration.ofSeconds(20);

    public static class BillTomorrowsDeliveriesNow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gudok.billing.days-before", "1", "gudok.billing.time", "00:00",
                    "gudok.billing.retry-delays", "PT2S,PT2S", "gudok.deliveries.dispatch-time", "00:00");
        }
    }

    @Inject
    Database database;
    @Inject
    domain.billing.RentalFees rentalFees;
    @Inject
    domain.scheduling.JobScheduler jobs;

    @AfterEach
    void ledgerStillHolds() {
        WalletFixtures.assertLedgerHolds(database);
    }

    @Test
    void aPaidCycleIsDispatchedAndTheShopIsOwedItsShare() throws InterruptedException {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate today = Fixtures.today();
        String plan = Fixtures.weeklyPlan(shop, 1, today.getDayOfWeek().name());
        String user = userWithBalance(50_000);
        String subscription = Fixtures.subscribe(user, plan, 2, today);

        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("DISPATCHED"));
        assertThat(balance(user)).isEqualTo(50_000 - 2 * 9_900);
        // The default commission is 10 %: the shop is owed 17,820 of 19,800.
        shop.partner().get("/partner/payable").then().statusCode(200).body("payable.amount", equalTo(17_820));
        shop.partner().get("/partner/deliveries?state=DISPATCHED").then().statusCode(200)
                .body("items.subscriptionId", org.hamcrest.Matchers.contains(subscription));
        assertThat(attempts(first(user, subscription))).containsExactly("PAID");

        // The shop ships it and reports its arrival.
        String delivery = (String) first(user, subscription).get("id");
        shop.partner().body(Map.of("carrier", "CJ Logistics", "trackingNumber", "6868-1234-5678"))
                .post("/partner/deliveries/" + delivery + "/shipment").then().statusCode(200)
                .body("state", equalTo("SHIPPED")).body("shipment.trackingNumber", equalTo("6868-1234-5678"))
                .body("shipment.shippedAt", org.hamcrest.Matchers.notNullValue());
        shop.partner().post("/partner/deliveries/" + delivery + "/delivered").then().statusCode(200).body("state", equalTo("DELIVERED"));
        assertThat(as(user).queryParam("when", "past").get("/subscriptions/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).containsExactly(delivery);

        // One bottle arrived broken: the shop refunds part of the delivery.
        long before = balance(user);
        var refund = shop.partner().body(Map.of("amount", WalletFixtures.won(9_900), "reason", "one bottle broken"))
                .post("/partner/deliveries/" + delivery + "/refunds").then().statusCode(201).body("amount.amount", equalTo(9_900))
                .extract();
        // Its Location (under the delivery's payment) answers the refund, to the shop only.
        String refundAt = refund.header("Location");
        String refundId = refund.path("id");
        assertThat((String) refund.path("subscriptionId")).as("a refund names its payment's subscription").isEqualTo(subscription);
        assertThat(refundAt).endsWith("/refunds/" + refundId);
        shop.partner().get(refundAt).then().statusCode(200).body("id", equalTo(refundId))
                .body("amount.amount", equalTo(9_900)).body("reason", equalTo("one bottle broken"));
        Fixtures.shop().partner().get(refundAt).then().statusCode(404);
        assertThat(balance(user)).isEqualTo(before + 9_900);
        shop.partner().body(Map.of("amount", WalletFixtures.won(9_901))).post("/partner/deliveries/" + delivery + "/refunds")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("amount.amount"));
        Fixtures.shop().partner().body(Map.of("amount", WalletFixtures.won(1))).post("/partner/deliveries/" + delivery + "/refunds")
                .then().statusCode(404);
        shop.partner().get("/partner/payable").then().statusCode(200).body("payable.amount", equalTo(17_820 - 8_910));

        // The delivery's payment names its subscription, so its events join the subscription's history; a payment the
        // subscriber makes directly names none, and stays out of it.
        as(user).get("/wallet/payments").then().statusCode(200)
                .body("items.find { it.deliveryId == '" + delivery + "' }.subscriptionId", equalTo(subscription));
        String direct = as(user).body(Map.of("shopId", shop.id(), "amount", WalletFixtures.won(1_000))).post("/wallet/payments")
                .then().statusCode(201).body("subscriptionId", org.hamcrest.Matchers.nullValue()).extract().path("id");
        List<Map<String, Object>> history = historyUntil(user, subscription,
                List.of("io.gudok.payment.succeeded.v1", "io.gudok.refund.created.v1"));
        Map<String, Object> paid = data(history, "io.gudok.payment.succeeded.v1");
        assertThat(paid.get("deliveryId")).isEqualTo(delivery);
        assertThat(paid.get("subscriptionId")).isEqualTo(subscription);
        assertThat(data(history, "io.gudok.refund.created.v1").get("id")).isEqualTo(refundId);
        assertThat(history).noneMatch(event -> direct.equals(((Map<?, ?>) event.get("data")).get("id")));
    }

    /** The subscription's history once it holds events of all these types (it follows the topics within seconds). */
    private static List<Map<String, Object>> historyUntil(String user, String subscription, List<String> types) {
        List<Map<String, Object>> items = Fixtures.readUntil(() -> Fixtures.subscriptionEvents(user, subscription),
                read -> read.stream().map(i -> i.get("type")).toList().containsAll(types));
        if (items.stream().map(i -> i.get("type")).toList().containsAll(types)) return items;
        throw new AssertionError("the history of " + subscription + " lacks some of " + types + ": " + items);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(List<Map<String, Object>> history, String type) {
        return (Map<String, Object>) history.stream().filter(i -> type.equals(i.get("type"))).findFirst().orElseThrow().get("data");
    }

    @Test
    void tooLittleBalanceWaitsForARetryThatPaysAfterATopUp() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = userWithBalance(5_000);
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));

        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAYMENT_PENDING"));
        String card = as(user).get("/wallet/funding-sources").then().extract().path("items[0].id");
        topUp(user, card, 10_000).then().statusCode(201);
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAID"));
        assertThat(balance(user)).isEqualTo(15_000 - 9_900);
        assertThat(attempts(first(user, subscription))).startsWith("PAYMENT_PENDING").endsWith("PAID");
    }

    @Test
    void aPendingDeliveryCanBePaidNowAndPayingTwiceIsAConflict() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = TestTokens.newUser();
        String card = linkCard(user, WalletFixtures.APPROVING_CARD);
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAYMENT_PENDING"));
        String delivery = (String) first(user, subscription).get("id");

        as(user).post("/deliveries/" + delivery + "/payment").then().statusCode(402).body("type", equalTo("https://gudok.io/problems/insufficient-funds"));
        topUp(user, card, 9_900).then().statusCode(201);
        as(TestTokens.newUser()).post("/deliveries/" + delivery + "/payment").then().statusCode(409);
        as(user).post("/deliveries/" + delivery + "/payment").then().statusCode(200).body("state", equalTo("PAID"));
        as(user).post("/deliveries/" + delivery + "/payment").then().statusCode(409).body("currentState", equalTo("not waiting for payment"));
        assertThat(balance(user)).isZero();
        assertThat(database.count("SELECT count(*) FROM payments WHERE delivery_id = '" + delivery + "'")).isEqualTo(1);
    }

    @Test
    void aCycleStillUnpaidAfterTheLastRetryIsCancelledWithItsReason() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        String delivery = (String) first(user, subscription).get("id");

        Fixtures.eventually(WITHIN, () -> assertThat(delivery(user, delivery).get("state")).isEqualTo("CANCELLED"));
        // The billing run and two retries failed; the last one gave the cycle up.
        assertThat(attempts(delivery(user, delivery))).containsExactly("PAYMENT_PENDING", "PAYMENT_PENDING", "CANCELLED_UNPAID");
        assertThat(database.count("SELECT count(*) FROM billing_attempts WHERE delivery_id = '" + delivery
                + "' AND reason LIKE 'insufficient funds: the wallet holds 0 of 9900 KRW%'")).isEqualTo(3);
        as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("state", equalTo("ACTIVE"));
        assertThat(balance(user)).isZero();
    }

    @Test
    void cancellingBeforeDispatchRefundsThePaidDeliveryInFull() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = userWithBalance(20_000);
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("PAID"));
        assertThat(balance(user)).isEqualTo(10_100);

        String delivery = (String) first(user, subscription).get("id");
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);
        assertThat(delivery(user, delivery).get("state")).isEqualTo("CANCELLED");
        assertThat(balance(user)).isEqualTo(20_000);
        shop.partner().get("/partner/payable").then().statusCode(200).body("payable.amount", equalTo(0));

        LocalDate today = Fixtures.today();
        shop.partner().get("/partner/settlement?from=" + today + "&to=" + today).then().statusCode(200)
                .body("payments", equalTo(1)).body("paidDeliveries", equalTo(1)).body("paid.amount", equalTo(9_900))
                .body("refunds", equalTo(1)).body("refunded.amount", equalTo(9_900))
                .body("commission.amount", equalTo(0)).body("net.amount", equalTo(0));
    }

    @Test
    @contract.SendsInvalidRequests
    void theSettlementStatementAddsUpToWhatTheShopIsOwed() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        as(TestTokens.admin()).body(Map.of("basisPoints", 1_500)).put("/admin/shops/" + shop.id() + "/commission").then().statusCode(200);
        LocalDate today = Fixtures.today();
        String plan = Fixtures.weeklyPlan(shop, 1, today.getDayOfWeek().name());
        String amy = userWithBalance(100_000);
        String bo = userWithBalance(100_000);
        String first = Fixtures.subscribe(amy, plan, 3, today);
        String second = Fixtures.subscribe(bo, plan, 1, today);
        Fixtures.eventually(WITHIN, () -> {
            assertThat(first(amy, first).get("state")).isEqualTo("DISPATCHED");
            assertThat(first(bo, second).get("state")).isEqualTo("DISPATCHED");
        });
        String payment = as(bo).body(Map.of("shopId", shop.id(), "amount", WalletFixtures.won(1_001))).post("/wallet/payments")
                .then().statusCode(201).extract().path("id");
        shop.partner().body(Map.of("amount", WalletFixtures.won(1_001))).post("/partner/payments/" + payment + "/refunds")
                .then().statusCode(201);

        // 29,700 + 9,900 + 1,001 paid; 1,001 refunded; commission 15 % (4,455 + 1,485 + 150 - 150).
        var statement = shop.partner().get("/partner/settlement?from=" + today.minusDays(1) + "&to=" + today.plusDays(1))
                .then().statusCode(200).extract().jsonPath();
        assertThat(statement.getLong("payments")).isEqualTo(3);
        assertThat(statement.getLong("paidDeliveries")).isEqualTo(2);
        assertThat(statement.getLong("paid.amount")).isEqualTo(40_601);
        assertThat(statement.getLong("refunded.amount")).isEqualTo(1_001);
        assertThat(statement.getLong("commission.amount")).isEqualTo(5_940);
        assertThat(statement.getLong("net.amount")).isEqualTo(33_660);
        shop.partner().get("/partner/payable").then().statusCode(200).body("payable.amount", equalTo(33_660));
        shop.partner().get("/partner/settlement?from=" + today + "&to=" + today.minusDays(1)).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("to"));
        shop.partner().get("/partner/settlement?from=yesterday&to=" + today).then().statusCode(400);
    }

    @Test
    void laterRentalMonthsAreChargedByTheirJobsAndUnpaidMonthsSuspendTheRental() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.rentalPlan(shop, 36);
        String user = userWithBalance(2 * 29_900);
        LocalDate start = Fixtures.today();
        String subscription = Fixtures.subscribe(user, plan, 1, start);
        // The first month is billed with the rental's delivery.
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("DISPATCHED"));
        assertThat(balance(user)).isEqualTo(29_900);
        // The second month's fee is a job at the billing time before it starts (here: the day before, at 00:00 Seoul).
        java.time.Instant monthOneBilled = start.plusMonths(1).minusDays(1).atStartOfDay(Fixtures.SEOUL).toInstant();
        as(TestTokens.admin()).get("/admin/jobs?state=SCHEDULED&subject=" + subscription).then().statusCode(200)
                .body("items.findAll { it.type == 'rental.fee' }.dueAt", org.hamcrest.Matchers.contains(monthOneBilled.toString()));

        // What the job does when it fires (run here directly, in a transaction, on the real database; the
        // scheduled one is taken away as if it had run).
        java.util.UUID id = java.util.UUID.fromString(subscription);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> jobs.cancelAll(domain.billing.BillingJobs.RENTAL_FEE, id.toString()));
        fire(domain.billing.BillingJobs.rentalFee(id, 1, 0, 0, Fixtures.now()));
        assertThat(balance(user)).isZero();
        assertThat(database.text("SELECT result FROM billing_attempts WHERE subscription_id = '" + id + "' AND rental_month = 1"))
                .isEqualTo("PAID");
        assertThat(database.text("SELECT payload FROM jobs WHERE state = 'SCHEDULED' AND type = 'rental.fee' AND subject_id = '" + id + "'"))
                .as("the next month's fee").isEqualTo("2 0 0");

        // Month 2, its last retry failing, after one unpaid month already: the rental is suspended.
        fire(domain.billing.BillingJobs.rentalFee(id, 2, 2, 1, Fixtures.now()));
        assertThat(database.text("SELECT reason FROM billing_attempts WHERE subscription_id = '" + id + "' AND rental_month = 2"))
                .isEqualTo("insufficient funds: the wallet holds 0 of 29900 KRW");
        as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("state", equalTo("SUSPENDED"));
        as(user).post("/subscriptions/" + subscription + "/resume").then().statusCode(200).body("state", equalTo("ACTIVE"));
        assertThat(database.text("SELECT payload FROM jobs WHERE state = 'SCHEDULED' AND type = 'rental.fee' AND subject_id = '" + id + "'"))
                .as("fees start again with the next month").isEqualTo("1 0 0");
    }

    private void fire(domain.scheduling.JobRequest request) {
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> rentalFees.handle(domain.scheduling.Job.from(request, Fixtures.now())));
    }

    @Test
    void aFreeDeliveryIsPaidWithoutAPayment() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate today = Fixtures.today();
        String plan = Fixtures.plan(shop, Map.of("productId", Fixtures.product(shop), "name", "free samples",
                "kind", "REGULAR_DELIVERY", "price", Map.of("amount", 0, "currency", "KRW"),
                "cycle", Map.of("type", "WEEKLY", "everyWeeks", 1, "dayOfWeek", today.getDayOfWeek().name())));
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, today);
        Fixtures.eventually(WITHIN, () -> assertThat(first(user, subscription).get("state")).isEqualTo("DISPATCHED"));
        assertThat(database.count("SELECT count(*) FROM payments WHERE delivery_id = '" + first(user, subscription).get("id") + "'")).isZero();
    }

    @Test
    @contract.SendsInvalidRequests
    void anAdminStartsARunNowInLanes() {
        as(TestTokens.admin()).post("/admin/billing/runs?lanes=2").then().statusCode(202).body("lanes", equalTo(2));
        as(TestTokens.admin()).post("/admin/billing/runs?lanes=0").then().statusCode(400).body("invalidParams[0].name", equalTo("lanes"));
        as(TestTokens.admin()).post("/admin/billing/runs?lanes=two").then().statusCode(400);
        as(TestTokens.newUser()).post("/admin/billing/runs").then().statusCode(403);
    }

    private static Map<String, Object> delivery(String user, String id) {
        return as(user).get("/deliveries/" + id).then().statusCode(200).extract().jsonPath().getMap("");
    }

    private static Map<String, Object> first(String user, String subscription) {
        return SubscriptionJourneyTest.upcoming(user, subscription).get(0);
    }

    private List<String> attempts(Map<String, Object> delivery) {
        List<String> results = new java.util.ArrayList<>();
        long n = database.count("SELECT count(*) FROM billing_attempts WHERE delivery_id = '" + delivery.get("id") + "'");
        for (int i = 0; i < n; i++) {
            results.add(database.text("SELECT result FROM billing_attempts WHERE delivery_id = '" + delivery.get("id")
                    + "' ORDER BY attempted_at, id OFFSET " + i + " LIMIT 1"));
        }
        return results;
    }
}

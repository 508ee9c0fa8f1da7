package adapters.rest;

import static adapters.rest.Fixtures.as;
import static adapters.rest.WalletFixtures.APPROVING_CARD;
import static adapters.rest.WalletFixtures.INSUFFICIENT_FUNDS_CARD;
import static adapters.rest.WalletFixtures.STOLEN_CARD;
import static adapters.rest.WalletFixtures.TIMEOUT_CARD;
import static adapters.rest.WalletFixtures.balance;
import static adapters.rest.WalletFixtures.linkCard;
import static adapters.rest.WalletFixtures.topUp;
import static adapters.rest.WalletFixtures.userWithBalance;
import static adapters.rest.WalletFixtures.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import domain.scheduling.JobRequest;
import domain.scheduling.JobScheduler;
import domain.wallet.TopUpService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wallet over REST, on the real ledger in PostgreSQL and the sandbox gateway. */
@QuarkusTest
class WalletTest {
    @Inject
    Database database;
    @Inject
    JobScheduler jobs;

    @AfterEach
    void ledgerStillHolds() {
        WalletFixtures.assertLedgerHolds(database);
    }

    /**
     * The gateway's records are locked while a top-up is settled in its request, so its call waits out the
     * nested pool's lock timeout and fails after the write-down committed: the answer is the written-down
     * top-up, 202 PENDING (not an error inviting a second top-up), and its job books it.
     */
    @Test
    void aTopUpWhoseSettlingFailsIsAnsweredPendingAndItsJobBooksIt() {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        JsonPath answer;
        try (Database.HeldLock gatewayBusy = database.lockTable("sandbox_gateway_requests")) {
            answer = topUp(user, card, 10_000).then().statusCode(202).body("status", equalTo("PENDING"))
                    .header("Location", org.hamcrest.Matchers.containsString("/wallet/top-ups/")).extract().jsonPath();
        }
        String topUpId = answer.getString("id");
        assertThat(database.count("SELECT count(*) FROM top_ups WHERE id = '" + topUpId + "' AND status = 'PENDING'")).isOne();

        Fixtures.eventually(Duration.ofSeconds(30), () -> as(user).get("/wallet/top-ups/" + topUpId).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")));
        assertThat(balance(user)).isEqualTo(10_000);
    }

    /** The same for money sent back to the card: the wallet is debited once, the job settles the refund. */
    @Test
    void aRefundWhoseSettlingFailsIsAnsweredPendingAndItsJobSettlesIt() {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        String topUpId = topUp(user, card, 10_000).then().statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        JsonPath answer;
        String location;
        try (Database.HeldLock gatewayBusy = database.lockTable("sandbox_gateway_requests")) {
            var pending = as(user).header("Idempotency-Key", key).body(Map.of("amount", won(4_000))).post("/wallet/top-ups/" + topUpId + "/refunds")
                    .then().statusCode(202).body("status", equalTo("PENDING")).body("amount.amount", equalTo(4_000)).extract();
            answer = pending.jsonPath();
            location = pending.header("Location");
            as(user).get(location).then().statusCode(200).body("status", equalTo("PENDING"));
        }
        String refundId = answer.getString("id");
        assertThat(balance(user)).isEqualTo(6_000);

        // The client polls the answer's Location until the refund is settled; it is the user's own only.
        String refundAt = "/wallet/top-ups/" + topUpId + "/refunds/" + refundId;
        assertThat(location).endsWith(refundAt);
        as(user).get(refundAt).then().statusCode(200).body("id", equalTo(refundId)).body("topUpId", equalTo(topUpId))
                .body("amount.amount", equalTo(4_000));
        as(TestTokens.newUser()).get(refundAt).then().statusCode(404).contentType("application/problem+json");
        as(user).get("/wallet/top-ups/" + UUID.randomUUID() + "/refunds/" + refundId).then().statusCode(404);
        Fixtures.eventually(Duration.ofSeconds(30), () -> as(user).get(refundAt).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("settledAt", org.hamcrest.Matchers.notNullValue()));
        assertThat(database.text("SELECT status FROM top_up_refunds WHERE id = '" + refundId + "'")).isEqualTo("SUCCEEDED");
        assertThat(database.count("SELECT count(*) FROM top_up_refunds WHERE top_up_id = '" + topUpId + "'")).isOne();
        assertThat(balance(user)).isEqualTo(6_000);

        // The 202 was not kept for replay; a retry under the key finds the same refund, and refuses another amount.
        as(user).header("Idempotency-Key", key).body(Map.of("amount", won(3_000))).post("/wallet/top-ups/" + topUpId + "/refunds")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/idempotency-key-reused"));
        as(user).header("Idempotency-Key", key).body(Map.of("amount", won(4_000))).post("/wallet/top-ups/" + topUpId + "/refunds")
                .then().statusCode(201).body("id", equalTo(refundId)).body("status", equalTo("SUCCEEDED"));
        assertThat(database.count("SELECT count(*) FROM top_up_refunds WHERE top_up_id = '" + topUpId + "'")).isOne();
        assertThat(balance(user)).isEqualTo(6_000);
    }

    @Test
    void topUpPayAndRefundMoveMoneyBetweenAccounts() {
        String user = TestTokens.newUser();
        as(user).get("/wallet").then().statusCode(200).body("balance.amount", equalTo(0)).body("balance.currency", equalTo("KRW"));
        String card = linkCard(user, APPROVING_CARD);
        as(user).get("/wallet/funding-sources").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].last4", equalTo("4242")).body("items[0].isDefault", equalTo(true));

        JsonPath topUp = topUp(user, card, 50_000).then().statusCode(201)
                .body("status", equalTo("SUCCEEDED")).body("amount.amount", equalTo(50_000)).extract().jsonPath();
        as(user).get("/wallet/top-ups/" + topUp.getString("id")).then().statusCode(200).body("status", equalTo("SUCCEEDED"));
        assertThat(balance(user)).isEqualTo(50_000);

        Fixtures.ShopAccess shop = Fixtures.shop();
        as(TestTokens.admin()).body(Map.of("basisPoints", 1250)).put("/admin/shops/" + shop.id() + "/commission").then().statusCode(200);
        String payment = as(user).body(Map.of("shopId", shop.id(), "amount", won(20_000), "reference", "order 17"))
                .post("/wallet/payments").then().statusCode(201).body("amount.amount", equalTo(20_000))
                .body("$", not(hasKey("subscriptionId"))).extract().path("id"); // paid directly: for no subscription
        assertThat(balance(user)).isEqualTo(30_000);
        // 12.5 % commission: the shop is owed 17,500.
        shop.partner().get("/partner/payable").then().statusCode(200).body("payable.amount", equalTo(17_500));

        shop.partner().body(Map.of("amount", won(5_000), "reason", "one bottle broken"))
                .post("/partner/payments/" + payment + "/refunds").then().statusCode(201)
                .body("amount.amount", equalTo(5_000)).body("commissionBack.amount", equalTo(625)).body("$", not(hasKey("subscriptionId")));
        shop.partner().body(Map.of("amount", won(15_001))).post("/partner/payments/" + payment + "/refunds").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("amount.amount"));
        shop.partner().body(Map.of("amount", won(15_000))).post("/partner/payments/" + payment + "/refunds").then().statusCode(201);
        assertThat(balance(user)).isEqualTo(50_000);
        shop.partner().get("/partner/payable").then().statusCode(200).body("payable.amount", equalTo(0));
        as(user).get("/wallet/payments/" + payment).then().statusCode(200).body("refunded.amount", equalTo(20_000));

        JsonPath history = as(user).get("/wallet/movements?limit=3").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("items.kind")).containsExactly("REFUND", "REFUND", "PAYMENT");
        assertThat(history.getList("items.amount.amount", Long.class)).containsExactly(15_000L, 5_000L, -20_000L);
        assertThat(history.getList("items.amount.currency", String.class)).containsOnly("KRW");
        as(user).get("/wallet/movements?cursor=" + history.getString("next")).then().statusCode(200)
                .body("items.kind", equalTo(List.of("TOP_UP"))).body("next", equalTo(null));
    }

    @Test
    void moneyNotSpentGoesBackToTheCardItCameFrom() {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        String topUp = topUp(user, card, 10_000).then().statusCode(201).extract().path("id");
        as(user).body(Map.of("shopId", Fixtures.shop().id(), "amount", won(3_000))).post("/wallet/payments").then().statusCode(201);

        as(user).body(Map.of("amount", won(8_000))).post("/wallet/top-ups/" + topUp + "/refunds").then().statusCode(402);
        as(user).header("Idempotency-Key", "back-1").body(Map.of("amount", won(5_000))).post("/wallet/top-ups/" + topUp + "/refunds")
                .then().statusCode(201).body("status", equalTo("SUCCEEDED")).body("amount.amount", equalTo(5_000));
        as(user).header("Idempotency-Key", "back-1").body(Map.of("amount", won(5_000))).post("/wallet/top-ups/" + topUp + "/refunds")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(balance(user)).isEqualTo(2_000);
        as(user).get("/wallet/top-ups/" + topUp).then().statusCode(200).body("refunded.amount", equalTo(5_000));
        as(user).get("/wallet/movements?limit=1").then().statusCode(200)
                .body("items[0].kind", equalTo("TOP_UP_REFUND")).body("items[0].amount.amount", equalTo(-5_000))
                .body("items[0].amount.currency", equalTo("KRW"));
        as(user).body(Map.of("amount", won(5_001))).post("/wallet/top-ups/" + topUp + "/refunds").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("amount.amount"));
        as(TestTokens.newUser()).body(Map.of("amount", won(1))).post("/wallet/top-ups/" + topUp + "/refunds").then().statusCode(404);

        // A card whose answers get lost: the refund is settled by asking the gateway, and sent once.
        String slow = linkCard(user, TIMEOUT_CARD);
        String slowTopUp = topUp(user, slow, 4_000).then().statusCode(201).extract().path("id");
        String refund = as(user).body(Map.of("amount", won(4_000))).post("/wallet/top-ups/" + slowTopUp + "/refunds").then()
                .statusCode(201).body("status", equalTo("SUCCEEDED")).extract().path("id");
        // One refund reached the gateway for that top-up's capture, though its answer was lost.
        assertThat(database.count("SELECT count(*) FROM sandbox_gateway_requests r JOIN top_ups t ON t.gateway_reference = r.target"
                + " WHERE r.operation = 'REFUND' AND t.id = '" + slowTopUp + "'")).isEqualTo(1);
        assertThat(balance(user)).isEqualTo(2_000);
    }

    @Test
    void declinedCardsBookNothing() {
        String user = TestTokens.newUser();
        String poor = linkCard(user, INSUFFICIENT_FUNDS_CARD);
        String stolen = linkCard(user, STOLEN_CARD);
        topUp(user, poor, 10_000).then().statusCode(201).body("status", equalTo("DECLINED")).body("declineReason", equalTo("insufficient_funds"));
        topUp(user, stolen, 10_000).then().statusCode(201).body("status", equalTo("DECLINED")).body("declineReason", equalTo("stolen_card"));
        assertThat(balance(user)).isZero();
        as(user).get("/wallet/movements").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aLostGatewayAnswerIsResolvedByAskingNotByChargingAgain() {
        String user = TestTokens.newUser();
        String card = linkCard(user, TIMEOUT_CARD);
        String topUp = topUp(user, card, 7_000).then().statusCode(201).body("status", equalTo("SUCCEEDED")).extract().path("id");
        assertThat(balance(user)).isEqualTo(7_000);
        // The card was authorised and captured once: no second charge after the lost answer.
        assertThat(database.count("SELECT count(*) FROM sandbox_gateway_requests r JOIN funding_sources f ON f.gateway_token = r.target"
                + " WHERE r.operation = 'AUTHORIZE' AND f.id = '" + card + "'")).isEqualTo(1);
        assertThat(database.count("SELECT count(*) FROM top_ups WHERE source_id = '" + card + "'")).isEqualTo(1);
    }

    @Test
    void aTopUpLeftPendingByACrashIsSettledByItsJob() {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        UUID topUp = UUID.randomUUID();
        // What a crash right after writing the top-up down leaves behind: a PENDING top-up and its settle job.
        QuarkusTransaction.requiringNew().run(() -> {
            database.execute("INSERT INTO top_ups (id, user_id, source_id, amount, status, automatic, requested_at) VALUES ('"
                    + topUp + "', '" + TestTokens.subjectOf(user) + "', '" + card + "', 4000, 'PENDING', false, now())");
            jobs.schedule(List.of(new JobRequest(TopUpService.SETTLE, topUp.toString(), "", Fixtures.now(), "top_up.settle:" + topUp)));
        });
        Fixtures.eventually(Duration.ofSeconds(20), () -> as(user).get("/wallet/top-ups/" + topUp).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")));
        assertThat(balance(user)).isEqualTo(4_000);
    }

    @Test
    void aPaymentLargerThanTheBalanceIsRefusedAndBooksNothing() {
        String user = userWithBalance(10_000);
        Fixtures.ShopAccess shop = Fixtures.shop();
        String booked = "SELECT count(*) FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id"
                + " WHERE a.owner IN ('" + TestTokens.subjectOf(user) + "', '" + shop.id() + "')";
        long entries = database.count(booked);
        as(user).body(Map.of("shopId", shop.id(), "amount", won(10_001))).post("/wallet/payments").then().statusCode(402)
                .contentType(startsWith("application/problem+json")).body("type", equalTo("https://gudok.io/problems/insufficient-funds"));
        assertThat(database.count(booked)).isEqualTo(entries);
        assertThat(database.count("SELECT count(*) FROM payments WHERE user_id = '" + TestTokens.subjectOf(user) + "'")).isZero();
        assertThat(balance(user)).isEqualTo(10_000);
    }

    @Test
    void autoTopUpCoversAShortfallFromTheDefaultSource() {
        String user = userWithBalance(3_000);
        Fixtures.ShopAccess shop = Fixtures.shop();
        as(user).body(Map.of("amount", won(10_000))).put("/wallet/auto-top-up").then().statusCode(200).body("autoTopUp.amount", equalTo(10_000));
        // 3,000 + 2 x 10,000 covers 21,000.
        as(user).body(Map.of("shopId", shop.id(), "amount", won(21_000))).post("/wallet/payments").then().statusCode(201);
        assertThat(balance(user)).isEqualTo(2_000);
        assertThat(database.count("SELECT count(*) FROM top_ups WHERE user_id = '" + TestTokens.subjectOf(user) + "' AND automatic AND status = 'SUCCEEDED'"))
                .isEqualTo(1);

        String declining = linkCard(user, INSUFFICIENT_FUNDS_CARD);
        as(user).post("/wallet/funding-sources/" + declining + "/default").then().statusCode(200).body("isDefault", equalTo(true));
        as(user).body(Map.of("shopId", shop.id(), "amount", won(5_000))).post("/wallet/payments").then().statusCode(402)
                .body("detail", org.hamcrest.Matchers.containsString("auto top-up declined: insufficient_funds"));
        assertThat(balance(user)).isEqualTo(2_000);

        // The first card becomes the default again: its row comes before the current default's (a swap in one
        // statement broke the unique index here).
        String first = as(user).get("/wallet/funding-sources").then().statusCode(200).extract().jsonPath()
                .getString("items.find { it.id != '" + declining + "' }.id");
        as(user).post("/wallet/funding-sources/" + first + "/default").then().statusCode(200).body("isDefault", equalTo(true));
        as(user).get("/wallet/funding-sources/" + declining).then().statusCode(200).body("isDefault", equalTo(false));
        as(user).delete("/wallet/auto-top-up").then().statusCode(200).body("autoTopUp", equalTo(null));
    }

    @Test
    void autoTopUpNeedsAFundingSource() {
        as(TestTokens.newUser()).body(Map.of("amount", won(10_000))).put("/wallet/auto-top-up").then().statusCode(409)
                .body("currentState", equalTo("WITHOUT_FUNDING_SOURCE"));
    }

    @Test
    void aRetriedTopUpWithTheSameKeyChargesOnce() {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        var body = Map.of("fundingSourceId", card, "amount", won(9_000));
        String first = as(user).header("Idempotency-Key", "top-up-1").body(body).post("/wallet/top-ups").then().statusCode(201).extract().path("id");
        as(user).header("Idempotency-Key", "top-up-1").body(body).post("/wallet/top-ups").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        as(user).header("Idempotency-Key", "top-up-1").body(Map.of("fundingSourceId", card, "amount", won(9_001)))
                .post("/wallet/top-ups").then().statusCode(422);
        assertThat(balance(user)).isEqualTo(9_000);
    }

    @Test
    @contract.SendsInvalidRequests
    void badInputIsAProblemAndBooksNothing() {
        String user = userWithBalance(10_000);
        String card = as(user).get("/wallet/funding-sources").then().extract().path("items[0].id");
        Fixtures.ShopAccess shop = Fixtures.shop();
        String userId = TestTokens.subjectOf(user);
        String entriesOfUser = "SELECT count(*) FROM journal_lines l JOIN wallets w ON w.account_id = l.account_id WHERE w.user_id = '" + userId + "'";
        long entries = database.count(entriesOfUser);
        long topUps = database.count("SELECT count(*) FROM top_ups WHERE user_id = '" + userId + "'");

        for (Object amount : List.of(0, -5, 10.5, "1e3", 100_000_000_001L, new java.math.BigInteger("99999999999999999999999"))) {
            as(user).body(Map.of("fundingSourceId", card, "amount", Map.of("amount", amount, "currency", "KRW")))
                    .post("/wallet/top-ups").then().statusCode(400).contentType(startsWith("application/problem+json"))
                    .body("invalidParams[0].name", startsWith("amount"));
            as(user).body(Map.of("shopId", shop.id(), "amount", Map.of("amount", amount, "currency", "KRW")))
                    .post("/wallet/payments").then().statusCode(400).body("invalidParams[0].name", startsWith("amount"));
        }
        as(user).body(Map.of("fundingSourceId", card, "amount", Map.of("amount", 100, "currency", "USD")))
                .post("/wallet/top-ups").then().statusCode(400).body("invalidParams[0].name", equalTo("amount.currency"));
        as(user).body(Map.of("fundingSourceId", card)).post("/wallet/top-ups").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("amount"));
        as(user).body(Map.of("fundingSourceId", UUID.randomUUID(), "amount", won(100))).post("/wallet/top-ups").then().statusCode(404);
        as(user).body(Map.of("shopId", UUID.randomUUID(), "amount", won(100))).post("/wallet/payments").then().statusCode(404);
        as(user).body(Map.of("shopId", "not-a-uuid", "amount", won(100))).post("/wallet/payments").then().statusCode(400);
        as(user).body(Map.of("shopId", shop.id(), "amount", won(100), "tip", 5)).post("/wallet/payments").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("tip"));
        as(user).body(Map.of("kind", "CARD", "number", "4111111111111111")).post("/wallet/funding-sources").then().statusCode(400)
                .body("invalidParams[0].name", equalTo("number"));
        as(user).body(Map.of("kind", "CHEQUE", "number", APPROVING_CARD)).post("/wallet/funding-sources").then().statusCode(400);

        // Another user's card, top-up and payment do not exist for this user.
        String other = userWithBalance(1_000);
        String otherCard = as(other).get("/wallet/funding-sources").then().extract().path("items[0].id");
        as(user).body(Map.of("fundingSourceId", otherCard, "amount", won(100))).post("/wallet/top-ups").then().statusCode(404);
        String otherPayment = as(other).body(Map.of("shopId", shop.id(), "amount", won(100))).post("/wallet/payments")
                .then().statusCode(201).extract().path("id");
        as(user).get("/wallet/payments/" + otherPayment).then().statusCode(404);
        Fixtures.shop().partner().body(Map.of("amount", won(100))).post("/partner/payments/" + otherPayment + "/refunds").then().statusCode(404);
        assertThat(database.count(entriesOfUser)).isEqualTo(entries);
        assertThat(database.count("SELECT count(*) FROM top_ups WHERE user_id = '" + userId + "'")).isEqualTo(topUps);
        assertThat(balance(user)).isEqualTo(10_000);
        as(TestTokens.admin()).body(Map.of("basisPoints", 10_001)).put("/admin/shops/" + shop.id() + "/commission").then().statusCode(400);
        as(TestTokens.admin()).body(Map.of("basisPoints", 10)).put("/admin/shops/" + UUID.randomUUID() + "/commission").then().statusCode(404);
        as(user).body(Map.of("basisPoints", 10)).put("/admin/shops/" + shop.id() + "/commission").then().statusCode(403);
        as(user).get("/partner/payable").then().statusCode(401);
    }

    @Test
    void aRefundOfAPaymentIsFoundWhereItsLocationSaysByItsShopOnly() {
        String user = userWithBalance(30_000);
        Fixtures.ShopAccess shop = Fixtures.shop();
        String payment = as(user).body(Map.of("shopId", shop.id(), "amount", won(20_000))).post("/wallet/payments")
                .then().statusCode(201).extract().path("id");
        var created = shop.partner().body(Map.of("amount", won(5_000), "reason", "late")).post("/partner/payments/" + payment + "/refunds")
                .then().statusCode(201).extract();
        String refund = created.path("id");
        String location = created.header("Location");
        assertThat(location).endsWith("/partner/payments/" + payment + "/refunds/" + refund);

        shop.partner().get(location).then().statusCode(200).body("id", equalTo(refund)).body("paymentId", equalTo(payment))
                .body("amount.amount", equalTo(5_000)).body("commissionBack.amount", equalTo(500)).body("reason", equalTo("late"));
        Fixtures.shop().partner().get(location).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/not-found"));
        shop.partner().get("/partner/payments/" + payment + "/refunds/" + UUID.randomUUID()).then().statusCode(404);
        String otherPayment = as(user).body(Map.of("shopId", shop.id(), "amount", won(1_000))).post("/wallet/payments")
                .then().statusCode(201).extract().path("id");
        shop.partner().get("/partner/payments/" + otherPayment + "/refunds/" + refund).then().statusCode(404);
    }

    @Test
    void myPaymentsAndTopUpsAreListedNewestFirstInPages() {
        String user = TestTokens.newUser();
        String card = linkCard(user, APPROVING_CARD);
        String firstTopUp = topUp(user, card, 10_000).then().statusCode(201).extract().path("id");
        String secondTopUp = topUp(user, card, 20_000).then().statusCode(201).extract().path("id");
        Fixtures.ShopAccess shop = Fixtures.shop();
        List<String> paid = new java.util.ArrayList<>();
        for (long amount : new long[] {1_000, 2_000, 3_000}) {
            paid.add(as(user).body(Map.of("shopId", shop.id(), "amount", won(amount), "reference", "order " + amount))
                    .post("/wallet/payments").then().statusCode(201).extract().path("id"));
        }

        JsonPath page = as(user).get("/wallet/payments?limit=2").then().statusCode(200)
                .body("items[0].amount.amount", equalTo(3_000)).body("items[0].shopId", equalTo(shop.id()))
                .body("items[0].reference", equalTo("order 3000")).extract().jsonPath();
        assertThat(page.getList("items.id", String.class)).containsExactly(paid.get(2), paid.get(1));
        as(user).get("/wallet/payments?limit=2&cursor=" + page.getString("next")).then().statusCode(200)
                .body("items.id", equalTo(List.of(paid.get(0)))).body("next", equalTo(null));

        as(user).get("/wallet/top-ups").then().statusCode(200).body("items.id", equalTo(List.of(secondTopUp, firstTopUp)))
                .body("items[0].amount.amount", equalTo(20_000)).body("items[0].status", equalTo("SUCCEEDED")).body("next", equalTo(null));
        JsonPath topUps = as(user).get("/wallet/top-ups?limit=1").then().statusCode(200).extract().jsonPath();
        as(user).get("/wallet/top-ups?limit=1&cursor=" + topUps.getString("next")).then().statusCode(200)
                .body("items.id", equalTo(List.of(firstTopUp)));

        String stranger = TestTokens.newUser();
        as(stranger).get("/wallet/payments").then().statusCode(200).body("items", hasSize(0));
        as(stranger).get("/wallet/top-ups").then().statusCode(200).body("items", hasSize(0));
    }

    /**
     * Unlinking keeps the source's row, marked unlinked: it leaves the list and takes no new top-up or default
     * role, but a top-up from it still PENDING settles with it.
     */
    @Test
    void aSourceIsUnlinkedUnlessItIsTheDefaultAmongOthersOrTheLastUnderAutoTopUp() {
        String user = TestTokens.newUser();
        String first = linkCard(user, APPROVING_CARD);
        String second = linkCard(user, WalletFixtures.SECOND_APPROVING_CARD);

        as(user).delete("/wallet/funding-sources/" + first).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/state-conflict")).body("currentState", equalTo("DEFAULT"))
                .body("detail", org.hamcrest.Matchers.containsString("make another one the default first"));
        as(TestTokens.newUser()).delete("/wallet/funding-sources/" + second).then().statusCode(404);

        // A top-up from the second card is pending at the gateway when the card is unlinked: it still settles.
        String pending;
        try (Database.HeldLock gatewayBusy = database.lockTable("sandbox_gateway_requests")) {
            pending = topUp(user, second, 3_000).then().statusCode(202).body("status", equalTo("PENDING")).extract().path("id");
            as(user).delete("/wallet/funding-sources/" + second).then().statusCode(204);
        }
        as(user).get("/wallet/funding-sources").then().statusCode(200).body("items.id", equalTo(List.of(first)));
        topUp(user, second, 1_000).then().statusCode(404);
        as(user).post("/wallet/funding-sources/" + second + "/default").then().statusCode(404);
        // Still readable where its Location pointed, marked unlinked.
        as(user).get("/wallet/funding-sources/" + second).then().statusCode(200)
                .body("unlinkedAt", org.hamcrest.Matchers.notNullValue()).body("isDefault", equalTo(false));
        as(user).delete("/wallet/funding-sources/" + second).then().statusCode(404);
        Fixtures.eventually(Duration.ofSeconds(30), () -> as(user).get("/wallet/top-ups/" + pending).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("fundingSourceId", equalTo(second)));
        assertThat(balance(user)).isEqualTo(3_000);

        // The last source cannot go while auto top-up is on; once it is off, it can.
        as(user).body(Map.of("amount", won(10_000))).put("/wallet/auto-top-up").then().statusCode(200);
        as(user).delete("/wallet/funding-sources/" + first).then().statusCode(409)
                .body("currentState", equalTo("AUTO_TOP_UP_SOURCE")).body("detail", org.hamcrest.Matchers.containsString("auto top-up"));
        as(user).delete("/wallet/auto-top-up").then().statusCode(200);
        as(user).delete("/wallet/funding-sources/" + first).then().statusCode(204);
        as(user).get("/wallet/funding-sources").then().statusCode(200).body("items", hasSize(0));
        as(user).body(Map.of("amount", won(10_000))).put("/wallet/auto-top-up").then().statusCode(409);
        // A card linked again becomes the default.
        as(user).body(Map.of("kind", "CARD", "number", APPROVING_CARD)).post("/wallet/funding-sources").then().statusCode(201)
                .body("isDefault", equalTo(true));
    }

    @Test
    void theLedgerRefusesUnbalancedEntriesChangesAndNegativeBalances() {
        String user = userWithBalance(1_000);
        UUID entry = UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            database.execute("INSERT INTO journal_entries (id, kind, reference, booked_at) VALUES ('" + entry + "', 'PAYMENT', '" + entry + "', now())");
            database.execute("INSERT INTO journal_lines (entry_id, line_no, account_id, amount, booked_at) VALUES ('" + entry
                    + "', 0, (SELECT account_id FROM wallets WHERE user_id = '" + TestTokens.subjectOf(user) + "'), -5, now()), ('" + entry
                    + "', 1, (SELECT id FROM ledger_accounts WHERE kind = 'PLATFORM_REVENUE'), 4, now())");
        })).hasStackTraceContaining("does not balance");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            database.execute("INSERT INTO journal_entries (id, kind, reference, booked_at) VALUES ('" + entry + "', 'PAYMENT', '" + entry + "', now())");
            database.execute("INSERT INTO journal_lines (entry_id, line_no, account_id, amount, booked_at) VALUES ('" + entry
                    + "', 0, (SELECT account_id FROM wallets WHERE user_id = '" + TestTokens.subjectOf(user) + "'), -1001, now()), ('" + entry
                    + "', 1, (SELECT id FROM ledger_accounts WHERE kind = 'PLATFORM_REVENUE'), 1001, now())");
        })).hasStackTraceContaining("wallet_balance_not_negative");
        assertThatThrownBy(() -> database.execute("UPDATE journal_lines SET amount = amount * 2"))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> database.execute("DELETE FROM journal_entries")).hasStackTraceContaining("append-only");
        assertThat(balance(user)).isEqualTo(1_000);
    }
}

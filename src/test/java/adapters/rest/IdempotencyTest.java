package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import contract.SendsInvalidRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Idempotency-Key on creating POSTs: replay, 422 for another payload, 409 for a concurrent duplicate, one effect. */
@QuarkusTest
@SendsInvalidRequests
class IdempotencyTest {

    @Inject
    Database database;

    @Inject
    adapters.IdempotentRequests requests;

    /**
     * The race behind a flaky run: A claims, B takes the unheld claim over, and A's hold (which must fail) ran while
     * B's hold did. A's hold used to lock B's row, so B's failed too, B released its claim, and no request ran the
     * key at all: every duplicate answered 409. A failed hold now locks nothing of another's.
     */
    @Test
    void aClaimTakenOverStillRunsWhileTheLoserTriesToHoldIt() throws Exception {
        String scope = "test:" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        java.time.Instant expiredBefore = now.minusSeconds(3600);
        var first = (adapters.IdempotentRequests.Claim.Claimed) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> requests.claim(scope, key, "f", now, expiredBefore));
        var second = (adapters.IdempotentRequests.Claim.Claimed) io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> requests.claim(scope, key, "f", now, expiredBefore));
        assertThat(second.token()).isNotEqualTo(first.token());

        ExecutorService loser = Executors.newSingleThreadExecutor();
        CountDownLatch loserTried = new CountDownLatch(1);
        CountDownLatch winnerTried = new CountDownLatch(1);
        Future<Boolean> loserHeld = loser.submit(() -> io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            boolean held = requests.hold(scope, key, first.token());
            loserTried.countDown();
            winnerTried.await(); // the loser's transaction stays open while the winner holds
            return held;
        }));
        assertThat(loserTried.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        boolean winnerHeld;
        try {
            winnerHeld = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> requests.hold(scope, key, second.token()));
        } finally {
            winnerTried.countDown();
        }
        assertThat(loserHeld.get()).isFalse();
        assertThat(winnerHeld).isTrue();
        loser.shutdown();
    }

    @Test
    void retryWithTheSameKeyReplaysTheFirstAnswer() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        var body = Fixtures.subscribeBody(plan, 2, Fixtures.today().plusDays(1));

        Response first = as(user).header("Idempotency-Key", key).body(body).post("/subscriptions");
        first.then().statusCode(201);
        Response retry = as(user).header("Idempotency-Key", key).body(body).post("/subscriptions");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
        assertThat(retry.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherPayloadIs422AndCreatesNothing() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        as(user).header("Idempotency-Key", key).body(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1)))
                .post("/subscriptions").then().statusCode(201);
        as(user).header("Idempotency-Key", key).body(Fixtures.subscribeBody(plan, 2, Fixtures.today().plusDays(1)))
                .post("/subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/idempotency-key-reused"));
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String key = UUID.randomUUID().toString();
        var body = Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1));
        String alice = TestTokens.newUser();
        String bob = TestTokens.newUser();
        String a = as(alice).header("Idempotency-Key", key).body(body).post("/subscriptions").then().statusCode(201).extract().path("id");
        String b = as(bob).header("Idempotency-Key", key).body(body).post("/subscriptions").then().statusCode(201).extract().path("id");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void aFailedRequestDoesNotBurnTheKey() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        LocalDate start = Fixtures.today().plusDays(1);
        var body = Fixtures.subscribeBody(plan, 1, start);
        // First attempt is refused by a business rule (retired plan), so nothing happened and the key stays free.
        Fixtures.ShopAccess shop = Fixtures.shop();
        String retired = Fixtures.monthlyPlan(shop, 5);
        shop.partner().post("/partner/plans/" + retired + "/retire").then().statusCode(200);
        as(user).header("Idempotency-Key", key).body(Fixtures.subscribeBody(retired, 1, start)).post("/subscriptions")
                .then().statusCode(400);
        as(user).header("Idempotency-Key", key).body(Fixtures.subscribeBody(retired, 1, start)).post("/subscriptions")
                .then().statusCode(400);
        assertThat(subscriptionsOf(user)).isZero();
        // The same key, now with a valid request: it runs (a first answer, not a replay of the refusal).
        Response created = as(user).header("Idempotency-Key", key).body(body).post("/subscriptions");
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.header("Idempotent-Replayed")).isNull();
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    @Test
    void invalidKeyIs400() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        as(user).header("Idempotency-Key", "x".repeat(300)).body(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1)))
                .post("/subscriptions").then().statusCode(400).body("type", equalTo("https://gudok.io/problems/invalid-idempotency-key"));
        assertThat(subscriptionsOf(user)).isZero();
    }

    @Test
    void concurrentDuplicatesHaveOneEffect() throws Exception {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        var body = Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1));
        int clients = 16;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Callable<Response> call = () -> {
                go.await();
                return as(user).header("Idempotency-Key", key).body(body).post("/subscriptions");
            };
            answers.add(pool.submit(call));
        }
        go.countDown();
        List<String> created = new ArrayList<>();
        int firstAnswers = 0;
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            if (r.statusCode() == 201) {
                created.add(r.jsonPath().getString("id"));
                if (r.header("Idempotent-Replayed") == null) firstAnswers++;
            } else {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(r.jsonPath().getString("type")).isEqualTo("https://gudok.io/problems/idempotency-request-in-progress");
            }
        }
        pool.shutdown();
        // Exactly one request ran; every other 201 is a replay of its answer.
        assertThat(firstAnswers).isEqualTo(1);
        assertThat(created).allMatch(id -> id.equals(created.get(0)));
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    /**
     * The first request is held inside its work (the test locks the plan row its insert must reference),
     * so the duplicate arrives while it runs on every run: 409, and once the first is done a retry replays it.
     */
    @Test
    void aDuplicateWhileTheFirstIsRunningIs409AndALaterRetryReplays() throws Exception {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        var body = Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1));

        ExecutorService pool = Executors.newSingleThreadExecutor();
        Response created;
        try {
            Future<Response> first;
            try (Database.HeldLock held = database.lock("SELECT id FROM plans WHERE id = ? FOR UPDATE", plan)) {
                first = pool.submit(() -> as(user).header("Idempotency-Key", key).body(body).post("/subscriptions"));
                // Waiting for the plan row means it has claimed the key: the claim commits before the work starts.
                held.awaitWaiting(1);
                as(user).header("Idempotency-Key", key).body(body).post("/subscriptions").then().statusCode(409)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://gudok.io/problems/idempotency-request-in-progress"));
            }
            created = first.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);

        as(user).header("Idempotency-Key", key).body(body).post("/subscriptions").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(created.jsonPath().getString("id")));
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    /**
     * Issue 15, finding 6: a claim belongs to its request for as long as the request lives, however long that
     * is. The first request waits on a held lock; the test tries to make its claim look two minutes old (the
     * old rule took over claims after one minute on the app's clock); a duplicate still gets 409 and the work
     * happens once.
     */
    @Test
    void aClaimStaysWithItsRequestForAsLongAsItRuns() throws Exception {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        var body = Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> first;
            Future<Response> duplicate;
            boolean aged;
            try (Database.HeldLock held = database.lock("SELECT id FROM plans WHERE id = ? FOR UPDATE", plan)) {
                first = pool.submit(() -> as(user).header("Idempotency-Key", key).body(body).post("/subscriptions"));
                held.awaitWaiting(1);
                // Its request holds the claim's row, so this cannot even change it; before, it could, and the
                // duplicate below took the claim over.
                aged = database.executeUnlessLocked(
                        "UPDATE idempotency_keys SET created_at = now() - interval '2 minutes' WHERE idempotency_key = '" + key + "'");
                duplicate = pool.submit(() -> as(user).header("Idempotency-Key", key).body(body).post("/subscriptions"));
                // It answers while the first still holds its claim: had it taken the claim over, it would wait on the
                // held plan row, and this would time out.
                duplicate.get(10, java.util.concurrent.TimeUnit.SECONDS);
            }
            assertThat(aged).as("the running request holds its claim's row").isFalse();
            assertThat(first.get(60, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(201);
            Response second = duplicate.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(second.statusCode()).as(second.asString()).isIn(409, 201);
            if (second.statusCode() == 201) assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        } finally {
            pool.shutdownNow();
        }
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    /** A claim whose request died (no session holds it) is taken over by the next retry at once. */
    @Test
    void aClaimLeftByADeadRequestIsTakenOverAtOnce() {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String key = UUID.randomUUID().toString();
        var body = Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(5)); // not billed yet: nothing refers to it
        as(user).header("Idempotency-Key", key).body(body).post("/subscriptions").then().statusCode(201);
        // As if a process had claimed the key and died before finishing: unfinished, and nobody's lock on it.
        database.execute("UPDATE idempotency_keys SET completed = false, response_status = NULL, response_body = NULL,"
                + " created_at = now() WHERE idempotency_key = '" + key + "'");
        database.execute("DELETE FROM deliveries WHERE subscription_id IN (SELECT id FROM subscriptions WHERE user_id = '"
                + TestTokens.subjectOf(user) + "')");
        database.execute("DELETE FROM subscription_prices WHERE subscription_id IN (SELECT id FROM subscriptions WHERE user_id = '"
                + TestTokens.subjectOf(user) + "')");
        database.execute("DELETE FROM subscriptions WHERE user_id = '" + TestTokens.subjectOf(user) + "'");

        Response retried = as(user).header("Idempotency-Key", key).body(body).post("/subscriptions");
        assertThat(retried.statusCode()).as(retried.asString()).isEqualTo(201);
        assertThat(retried.header("Idempotent-Replayed")).isNull();
        assertThat(subscriptionsOf(user)).isEqualTo(1);
    }

    /**
     * Issue 15, finding 5: a key means one request for as long as it is kept (24 hours), then it is new again,
     * in the answer store and in the wallet's own request keys alike. Three days later, the same key tops up
     * again (it answered the old top-up and moved no money); with another amount it is no 422.
     */
    @Test
    void aKeyIsNewAgainAfterItsRetention() {
        String user = TestTokens.newUser();
        String card = WalletFixtures.linkCard(user, WalletFixtures.APPROVING_CARD);
        String key = UUID.randomUUID().toString();
        var topUp = java.util.Map.of("fundingSourceId", card, "amount", WalletFixtures.won(10_000));
        String first = as(user).header("Idempotency-Key", key).body(topUp).post("/wallet/top-ups").then().statusCode(201)
                .extract().path("id");
        as(user).header("Idempotency-Key", key).body(java.util.Map.of("fundingSourceId", card, "amount", WalletFixtures.won(5_000)))
                .post("/wallet/top-ups").then().statusCode(422);

        String subject = TestTokens.subjectOf(user);
        database.execute("UPDATE top_ups SET requested_at = requested_at - interval '3 days' WHERE user_id = '" + subject + "'");
        database.execute("UPDATE idempotency_keys SET created_at = created_at - interval '3 days' WHERE idempotency_key = '" + key + "'");

        Response again = as(user).header("Idempotency-Key", key).body(topUp).post("/wallet/top-ups");
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isNull();
        assertThat(again.jsonPath().getString("id")).isNotEqualTo(first);
        assertThat(WalletFixtures.balance(user)).isEqualTo(20_000);

        database.execute("UPDATE top_ups SET requested_at = requested_at - interval '3 days' WHERE user_id = '" + subject + "'");
        database.execute("UPDATE idempotency_keys SET created_at = created_at - interval '3 days' WHERE idempotency_key = '" + key + "'");
        as(user).header("Idempotency-Key", key).body(java.util.Map.of("fundingSourceId", card, "amount", WalletFixtures.won(5_000)))
                .post("/wallet/top-ups").then().statusCode(201);
        assertThat(WalletFixtures.balance(user)).isEqualTo(25_000);
    }

    private long subscriptionsOf(String userToken) {
        String subject = as(userToken).get("/subscriptions?limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items").size() + "";
        return Long.parseLong(subject);
    }
}

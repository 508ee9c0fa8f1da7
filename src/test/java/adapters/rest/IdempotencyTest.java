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
        as(user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body).post("/subscriptions").then().statusCode(201);
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
        int conflicts = 0;
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            if (r.statusCode() == 201) {
                created.add(r.jsonPath().getString("id"));
            } else {
                assertThat(r.statusCode()).isEqualTo(409);
                assertThat(r.jsonPath().getString("type")).isEqualTo("https://gudok.io/problems/idempotency-request-in-progress");
                conflicts++;
            }
        }
        pool.shutdown();
        assertThat(created).isNotEmpty().allMatch(id -> id.equals(created.get(0)));
        assertThat(created.size() + conflicts).isEqualTo(clients);
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

    private long subscriptionsOf(String userToken) {
        String subject = as(userToken).get("/subscriptions?limit=100").then().statusCode(200).extract().jsonPath()
                .getList("items").size() + "";
        return Long.parseLong(subject);
    }
}

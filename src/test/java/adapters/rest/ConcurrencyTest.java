package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Concurrent changes to one subscription: each wins whole or loses with 409; the result is consistent. */
@QuarkusTest
class ConcurrencyTest {
    @Inject
    Database database;

    /**
     * Two changes read the same version; the test holds the subscription's row until both wait to
     * write, so the race happens on every run: one wins, the other gets 409 concurrent-update. (Without
     * the held row the two usually run one after the other, and both succeed.)
     */
    @Test
    void theSecondOfTwoChangesFromOneVersionIsAConflict() throws Exception {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Response> answers;
        try {
            Future<Response> toFive;
            Future<Response> toSeven;
            try (Database.HeldLock held = database.lock("SELECT id FROM subscriptions WHERE id = ? FOR UPDATE", subscription)) {
                toFive = pool.submit(() -> as(user).body(Map.of("quantity", 5)).post("/subscriptions/" + subscription + "/change"));
                toSeven = pool.submit(() -> as(user).body(Map.of("quantity", 7)).post("/subscriptions/" + subscription + "/change"));
                held.awaitWaiting(2);
            }
            answers = List.of(toFive.get(60, TimeUnit.SECONDS), toSeven.get(60, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(Response::statusCode).containsExactlyInAnyOrder(200, 409);
        Response lost = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
        assertThat(lost.contentType()).startsWith("application/problem+json");
        assertThat(lost.jsonPath().getString("type")).isEqualTo("https://gudok.io/problems/concurrent-update");
        int won = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().jsonPath().getInt("quantity");
        as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("quantity", org.hamcrest.Matchers.equalTo(won));
        assertThat(SubscriptionJourneyTest.upcoming(user, subscription)).extracting(d -> d.get("quantity")).containsOnly(won);

        // The loser may retry, and then it goes through.
        int retried = won == 5 ? 7 : 5;
        as(user).body(Map.of("quantity", retried)).post("/subscriptions/" + subscription + "/change")
                .then().statusCode(200).body("quantity", org.hamcrest.Matchers.equalTo(retried));
    }

    @Test
    void concurrentChangesNeverInterleave() throws Exception {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, Fixtures.today().plusDays(1).getDayOfWeek().name());
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));

        int clients = 12;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int quantity = 10 + i;
            answers.add(pool.submit(() -> {
                go.await();
                return as(user).body(Map.of("quantity", quantity)).post("/subscriptions/" + subscription + "/change");
            }));
        }
        go.countDown();
        List<Integer> won = new ArrayList<>();
        for (Future<Response> answer : answers) {
            Response r = answer.get();
            if (r.statusCode() == 200) {
                won.add(r.jsonPath().getInt("quantity"));
            } else {
                assertThat(r.statusCode()).as(r.asString()).isEqualTo(409);
                assertThat(r.contentType()).startsWith("application/problem+json");
            }
        }
        pool.shutdown();

        assertThat(won).isNotEmpty();
        int finalQuantity = as(user).get("/subscriptions/" + subscription).then().statusCode(200).extract().path("quantity");
        assertThat(won).contains(finalQuantity);
        // Every scheduled delivery carries the quantity of the change that won last: no half-applied change.
        assertThat(SubscriptionJourneyTest.upcoming(user, subscription)).extracting(d -> d.get("quantity")).containsOnly(finalQuantity);
    }
}

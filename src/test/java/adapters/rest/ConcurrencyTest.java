package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Concurrent changes to one subscription: each wins whole or loses with 409; the result is consistent. */
@QuarkusTest
class ConcurrencyTest {

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

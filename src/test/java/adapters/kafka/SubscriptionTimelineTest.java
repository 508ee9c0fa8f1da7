package adapters.kafka;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import adapters.rest.Fixtures;
import adapters.rest.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A subscriber's activity timeline end to end: requests through the REST API, their events through the outbox,
 * Kafka and the history consumer, back out at GET /subscriptions/{id}/events, in order, with the caller's
 * traceparent on the events it caused; nobody else sees it.
 */
@QuarkusTest
class SubscriptionTimelineTest {
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private static List<Map<String, Object>> timeline(String user, String subscription, int atLeast) {
        return adapters.rest.Fixtures.readUntil(() -> adapters.rest.Fixtures.subscriptionEvents(user, subscription),
                items -> items.size() >= atLeast);
    }

    @Test
    void whatTheSubscriberDidComesBackInOrder() throws Exception {
        String plan = Fixtures.monthlyPlan(Fixtures.shop(), 5);
        String user = TestTokens.newUser();
        String subscription = as(user).header("traceparent", TRACEPARENT)
                .body(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(2)))
                .post("/subscriptions").then().statusCode(201).extract().jsonPath().getString("id");
        as(user).body(Map.of()).post("/subscriptions/" + subscription + "/pause").then().statusCode(200);
        as(user).post("/subscriptions/" + subscription + "/resume").then().statusCode(200);

        // created, three deliveries written down ahead, paused, resumed (the deliveries' scheduled events name it)
        List<Map<String, Object>> items = timeline(user, subscription, 6);
        List<Object> types = items.stream().map(i -> i.get("type")).toList();
        assertThat(types).containsSubsequence("io.gudok.subscription.created.v1", "io.gudok.subscription.paused.v1",
                "io.gudok.subscription.resumed.v1");
        assertThat(types).contains("io.gudok.delivery.scheduled.v1");
        Map<String, Object> created = items.get(types.indexOf("io.gudok.subscription.created.v1"));
        assertThat(created.get("traceparent")).isEqualTo(TRACEPARENT);
        assertThat(created.get("subject")).isEqualTo(subscription);
        assertThat(items.get(types.indexOf("io.gudok.subscription.paused.v1")).get("traceparent")).as("no header, no traceparent").isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) items.get(types.lastIndexOf("io.gudok.subscription.resumed.v1")).get("data");
        assertThat(data.get("state")).isEqualTo("ACTIVE");

        as(TestTokens.newUser()).get("/subscriptions/" + subscription + "/events").then().statusCode(404);
        // the admin's view of the same subject
        assertThat(as(TestTokens.admin()).queryParam("subject", subscription).get("/admin/events")
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSizeGreaterThanOrEqualTo(3);
    }
}

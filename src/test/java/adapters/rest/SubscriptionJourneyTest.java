package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README walk-through, over REST against the real PostgreSQL. */
@QuarkusTest
class SubscriptionJourneyTest {

    @Test
    void adminShopPlanSubscribePauseResumeSkipChangeCancel() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate start = Fixtures.today().plusDays(1);
        DayOfWeek weekday = start.getDayOfWeek();
        String plan = Fixtures.weeklyPlan(shop, 1, weekday.name());
        String user = TestTokens.newUser();

        String subscription = Fixtures.subscribe(user, plan, 2, start);
        as(user).get("/subscriptions/" + subscription).then().statusCode(200)
                .body("state", equalTo("ACTIVE")).body("quantity", equalTo(2)).body("startDate", equalTo(start.toString()));

        List<Map<String, Object>> upcoming = upcoming(user, subscription);
        assertThat(upcoming).extracting(d -> d.get("date"))
                .containsExactly(start.toString(), start.plusWeeks(1).toString(), start.plusWeeks(2).toString());
        assertThat(upcoming).allSatisfy(d -> assertThat(d.get("state")).isEqualTo("SCHEDULED"));

        // Pause over the first two deliveries: they are skipped, nothing else moves.
        LocalDate until = start.plusWeeks(1).plusDays(1);
        as(user).body(Map.of("until", until.toString())).post("/subscriptions/" + subscription + "/pause")
                .then().statusCode(200).body("state", equalTo("PAUSED")).body("pause.until", equalTo(until.toString()));
        upcoming = upcoming(user, subscription);
        assertThat(upcoming).extracting(d -> d.get("date") + " " + d.get("state") + " " + d.get("skipReason")).containsExactly(
                start + " SKIPPED PAUSED", start.plusWeeks(1) + " SKIPPED PAUSED",
                start.plusWeeks(2) + " SCHEDULED null", start.plusWeeks(3) + " SCHEDULED null", start.plusWeeks(4) + " SCHEDULED null");

        as(user).post("/subscriptions/" + subscription + "/resume").then().statusCode(200).body("state", equalTo("ACTIVE"));
        assertThat(upcoming(user, subscription)).extracting(d -> d.get("state")).containsOnly("SCHEDULED").hasSize(5);

        // Skip the next delivery.
        as(user).post("/subscriptions/" + subscription + "/skip").then().statusCode(200);
        upcoming = upcoming(user, subscription);
        assertThat(upcoming.get(0)).containsEntry("date", start.toString()).containsEntry("state", "SKIPPED")
                .containsEntry("skipReason", "SUBSCRIBER");

        // Change the quantity from the next cycle.
        as(user).body(Map.of("quantity", 3)).post("/subscriptions/" + subscription + "/change")
                .then().statusCode(200).body("quantity", equalTo(3));
        assertThat(upcoming(user, subscription)).filteredOn(d -> "SCHEDULED".equals(d.get("state")))
                .extracting(d -> d.get("quantity")).containsOnly(3);

        // The partner sees the delivery but cannot ship it before it is paid (billing: see BillingTest).
        String next = (String) upcoming(user, subscription).get(1).get("id");
        JsonPath partnerList = shop.partner().queryParam("state", "SCHEDULED").get("/partner/deliveries")
                .then().statusCode(200).extract().jsonPath();
        assertThat(partnerList.getList("items.id", String.class)).contains(next);
        shop.partner().body(Map.of("carrier", "CJ Logistics", "trackingNumber", "6868-1234-5678"))
                .post("/partner/deliveries/" + next + "/shipment").then().statusCode(409).body("currentState", equalTo("SCHEDULED"));

        // Cancel at the end of the cycle: open deliveries are cancelled, the state machine refuses more.
        as(user).body(Map.of("mode", "END_OF_CYCLE")).post("/subscriptions/" + subscription + "/cancel")
                .then().statusCode(200).body("state", equalTo("CANCELLED")).body("cancellation.mode", equalTo("END_OF_CYCLE"));
        assertThat(upcoming(user, subscription)).isEmpty();
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://gudok.io/problems/state-conflict")).body("currentState", equalTo("CANCELLED"));
        as(user).post("/subscriptions/" + subscription + "/resume").then().statusCode(409).body("currentState", equalTo("CANCELLED"));
    }

    @Test
    void skipAChosenDeliveryPauseWithoutAnEndResumeAndCancelAtOnce() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate start = Fixtures.today().plusDays(1);
        String plan = Fixtures.weeklyPlan(shop, 1, start.getDayOfWeek().name());
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, start);

        // Skip the third delivery, not the next one.
        String third = (String) upcoming(user, subscription).get(2).get("id");
        as(user).body(Map.of("deliveryId", third)).post("/subscriptions/" + subscription + "/skip").then().statusCode(200);
        assertThat(upcoming(user, subscription)).extracting(d -> d.get("date") + " " + d.get("state") + " " + d.get("skipReason"))
                .containsExactly(start + " SCHEDULED null", start.plusWeeks(1) + " SCHEDULED null", start.plusWeeks(2) + " SKIPPED SUBSCRIBER",
                        start.plusWeeks(3) + " SCHEDULED null");  // three deliveries ahead stay planned
        as(user).body(Map.of("deliveryId", third)).post("/subscriptions/" + subscription + "/skip").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("SKIPPED"));

        // A pause without an end skips every delivery ahead until the subscriber resumes.
        as(user).post("/subscriptions/" + subscription + "/pause").then().statusCode(200)
                .body("state", equalTo("PAUSED")).body("pause.from", equalTo(Fixtures.today().toString()))
                .body("pause.until", org.hamcrest.Matchers.nullValue());
        assertThat(upcoming(user, subscription)).filteredOn(d -> !third.equals(d.get("id")))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get("state") + " " + d.get("skipReason")).isEqualTo("SKIPPED PAUSED"));
        as(user).post("/subscriptions/" + subscription + "/resume").then().statusCode(200).body("state", equalTo("ACTIVE"));
        assertThat(upcoming(user, subscription)).filteredOn(d -> !third.equals(d.get("id")))
                .isNotEmpty().allSatisfy(d -> assertThat(d.get("state")).isEqualTo("SCHEDULED"));

        // Cancelling at once ends the subscription today and calls off every delivery ahead.
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED")).body("cancellation.mode", equalTo("IMMEDIATE"))
                .body("cancellation.endsOn", equalTo(Fixtures.today().toString()));
        assertThat(upcoming(user, subscription)).isEmpty();
        shop.partner().queryParam("state", "SCHEDULED").get("/partner/deliveries").then().statusCode(200)
                .body("items.subscriptionId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(subscription)));
    }

    @Test
    void rescheduleStaysInsideTheCycleWindow() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate start = Fixtures.today().plusDays(2);
        String plan = Fixtures.weeklyPlan(shop, 2, start.getDayOfWeek().name());
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, start);
        Map<String, Object> second = upcoming(user, subscription).get(1);
        LocalDate secondDate = LocalDate.parse((String) second.get("date"));

        String path = "/subscriptions/" + subscription + "/deliveries/" + second.get("id") + "/reschedule";
        as(user).body(Map.of("date", secondDate.plusDays(13).toString())).post(path).then().statusCode(200);
        assertThat(upcoming(user, subscription).get(1)).containsEntry("date", secondDate.plusDays(13).toString())
                .containsEntry("originalDate", secondDate.toString());
        as(user).body(Map.of("date", secondDate.plusDays(14).toString())).post(path).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("date"));
        as(user).body(Map.of("date", secondDate.minusDays(14).toString())).post(path).then().statusCode(400);
    }

    @Test
    void changingPlanReplansOpenCyclesOnTheNewCycle() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate start = Fixtures.today().plusDays(1);
        String weekly = Fixtures.weeklyPlan(shop, 1, start.getDayOfWeek().name());
        String monthly = Fixtures.monthlyPlan(shop, 31);
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, weekly, 1, start);

        as(user).body(Map.of("planId", monthly)).post("/subscriptions/" + subscription + "/change")
                .then().statusCode(200).body("planId", equalTo(monthly));
        List<Map<String, Object>> upcoming = upcoming(user, subscription);
        LocalDate first = start.getDayOfMonth() == start.lengthOfMonth() ? start : start.with(TemporalAdjusters.lastDayOfMonth());
        assertThat(upcoming).extracting(d -> d.get("date")).containsExactly(first.toString(),
                first.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()).toString(),
                first.plusMonths(2).with(TemporalAdjusters.lastDayOfMonth()).toString());
        assertThat(upcoming).extracting(d -> d.get("planId")).containsOnly(monthly);

        // A plan of another shop is refused and nothing changes.
        String foreign = Fixtures.weeklyPlan(Fixtures.shop(), 1, "MONDAY");
        as(user).body(Map.of("planId", foreign)).post("/subscriptions/" + subscription + "/change")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("planId"));
        as(user).get("/subscriptions/" + subscription).then().body("planId", equalTo(monthly));
    }

    @Test
    void rentalIsDispatchedOnItsStartDateAndCancellingInsideTheCommitmentChargesTheFee() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String rental = Fixtures.rentalPlan(shop, 36);
        // The first month's fee is billed before the hand-over; the early-termination fee on cancelling.
        String user = WalletFixtures.userWithBalance(29_900 + 150_000);
        LocalDate start = Fixtures.today();
        String subscription = Fixtures.subscribe(user, rental, 1, start);

        as(user).get("/subscriptions/" + subscription).then().statusCode(200)
                .body("kind", equalTo("RENTAL")).body("commitmentEndsOn", equalTo(start.plusMonths(36).toString()));
        assertThat(upcoming(user, subscription)).extracting(d -> d.get("date")).containsExactly(start.toString());
        // Its date is today: it is billed at once and, past the dispatch time, handed to the shop at once.
        Fixtures.eventually(java.time.Duration.ofSeconds(10), () -> assertThat(upcoming(user, subscription))
                .extracting(d -> d.get("state")).containsExactly("DISPATCHED"));
        shop.partner().get("/partner/deliveries?state=DISPATCHED").then().statusCode(200)
                .body("items.subscriptionId", org.hamcrest.Matchers.contains(subscription));
        as(user).post("/subscriptions/" + subscription + "/pause").then().statusCode(409);

        as(user).post("/subscriptions/" + subscription + "/renew").then().statusCode(200)
                .body("commitmentEndsOn", equalTo(start.plusMonths(72).toString()));
        as(user).body(Map.of("mode", "END_OF_CYCLE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200)
                .body("state", equalTo("CANCELLED"))
                .body("cancellation.mode", equalTo("IMMEDIATE"))
                .body("cancellation.earlyTerminationFee.amount", equalTo(150000))
                .body("cancellation.earlyTerminationFee.currency", equalTo("KRW"));
        assertThat(WalletFixtures.balance(user)).isZero();
    }

    @Test
    void retiredPlanKeepsItsSubscriptionsButTakesNoNewOnes() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.monthlyPlan(shop, 15);
        String user = TestTokens.newUser();
        String subscription = Fixtures.subscribe(user, plan, 1, Fixtures.today().plusDays(1));
        shop.partner().post("/partner/plans/" + plan + "/retire").then().statusCode(200).body("status", equalTo("RETIRED"));
        shop.partner().post("/partner/plans/" + plan + "/retire").then().statusCode(409).body("currentState", equalTo("RETIRED"));

        as(user).get("/subscriptions/" + subscription).then().statusCode(200).body("planId", equalTo(plan));
        as(TestTokens.newUser()).body(Fixtures.subscribeBody(plan, 1, Fixtures.today().plusDays(1)))
                .post("/subscriptions").then().statusCode(400).body("invalidParams[0].name", equalTo("planId"));
    }

    /**
     * Subscribing writes its rows in plain JDBC and every later read goes through the entities: what
     * the subscribe answered must be what is read back, field for field, for rentals too.
     */
    @Test
    void whatSubscribingWroteReadsBackFieldForField() {
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate start = Fixtures.today().plusDays(3);
        for (String plan : List.of(Fixtures.weeklyPlan(shop, 2, start.getDayOfWeek().name()), Fixtures.rentalPlan(shop, 12))) {
            String user = WalletFixtures.userWithBalance(1_000_000);
            Map<String, Object> created = as(user).body(Fixtures.subscribeBody(plan, 4, start)).post("/subscriptions")
                    .then().statusCode(201).extract().jsonPath().getMap("");
            String id = (String) created.get("id");
            Map<String, Object> read = as(user).get("/subscriptions/" + id).then().statusCode(200).extract().jsonPath().getMap("");
            assertThat(read).isEqualTo(created);
            assertThat(read).containsEntry("quantity", 4).containsEntry("address", Fixtures.address())
                    .containsEntry("startDate", start.toString()).containsEntry("planId", plan);

            List<Map<String, Object>> deliveries = upcoming(user, id);
            assertThat(deliveries).isNotEmpty().allSatisfy(d -> assertThat(d)
                    .containsEntry("subscriptionId", id).containsEntry("planId", plan).containsEntry("shopId", created.get("shopId"))
                    .containsEntry("quantity", 4).containsEntry("address", Fixtures.address())
                    .containsEntry("state", "SCHEDULED").doesNotContainKey("skipReason")
                    .containsEntry("originalDate", d.get("date")));
            assertThat(deliveries).extracting(d -> d.get("cycleNumber")).isSorted().doesNotHaveDuplicates();
            assertThat((String) deliveries.get(0).get("date")).isGreaterThanOrEqualTo(start.toString());
        }
    }

    static List<Map<String, Object>> upcoming(String user, String subscription) {
        return as(user).get("/subscriptions/" + subscription + "/deliveries?limit=100")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}

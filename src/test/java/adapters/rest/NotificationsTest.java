package adapters.rest;

import static adapters.rest.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Subscriber notifications end to end on the real PostgreSQL, Kafka and RabbitMQ: what happens becomes events, the
 * events notifications in the inbox, in Quarkus Mailer's mock mailbox and on a push gateway on loopback. Billing
 * takes tomorrow's deliveries at once and retries after 2 s; failed sends are retried after 1 s.
 */
@QuarkusTest
@TestProfile(NotificationsTest.BillNowAndPushToLoopback.class)
@contract.SendsInvalidRequests
class NotificationsTest {
    private static final Duration WITHIN = Duration.ofSeconds(40);

    public static class BillNowAndPushToLoopback implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gudok.billing.days-before", "1", "gudok.billing.time", "00:00",
                    "gudok.billing.retry-delays", "PT1H,PT1H", "gudok.deliveries.dispatch-time", "00:00",
                    "gudok.notifications.push.url", PushGateway.INSTANCE.url());
        }
    }

    @Inject
    MockMailbox mailbox;
    @Inject
    Database database;
    @Inject
    domain.notification.Reminders reminders;
    @Inject
    domain.notification.DailyReminders dailyReminders;

    @Test
    void aSubscriberHearsOfEachStepOnceOnEveryChannel() {
        daytime();
        String user = WalletFixtures.userWithBalance(50_000);
        String email = emailOf(user);
        as(user).body(Map.of("email", email)).put("/me/notification-preferences").then().statusCode(200)
                .body("email", equalTo(email)).body("language", equalTo("KO"));
        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate today = Fixtures.today();
        String subscription = Fixtures.subscribe(user, Fixtures.weeklyPlan(shop, 1, today.getDayOfWeek().name()), 1, today);
        String delivery = Fixtures.readUntil(() -> as(user).get("/subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("items").get(0), d -> "DISPATCHED".equals(d.get("state"))).get("id").toString();
        shop.partner().body(Map.of("carrier", "CJ대한통운", "trackingNumber", "6868-1234-5678"))
                .post("/partner/deliveries/" + delivery + "/shipment").then().statusCode(200);
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);

        List<String> expected = List.of("CANCELLED", "SHIPPED", "DISPATCHED", "PAID", "SUBSCRIBED");
        Fixtures.eventually(WITHIN, () -> assertThat(kinds(user)).containsExactlyInAnyOrderElementsOf(expected));
        Fixtures.eventually(WITHIN, () -> assertThat(mailbox.getMailsSentTo(email)).hasSize(expected.size()));
        Fixtures.eventually(WITHIN, () -> assertThat(PushGateway.INSTANCE.to(TestTokens.subjectOf(user))).hasSize(expected.size()));

        List<Map<String, Object>> inbox = as(user).get("/me/notifications").then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(inbox).extracting(n -> n.get("title")).contains("구독을 시작했어요", "상품이 발송됐어요", "구독이 해지됐어요");
        Map<String, Object> shipped = inbox.stream().filter(n -> "SHIPPED".equals(n.get("kind"))).findFirst().orElseThrow();
        assertThat((String) shipped.get("body")).contains("CJ대한통운").contains("6868-1234-5678");
        assertThat(shipped.get("deliveryId")).isEqualTo(delivery);
        assertThat(mailbox.getMailsSentTo(email)).extracting(Mail::getSubject).containsExactlyInAnyOrder(
                "구독을 시작했어요", "결제가 완료됐어요", "배송 준비가 시작됐어요", "상품이 발송됐어요", "구독이 해지됐어요");
        assertThat(PushGateway.INSTANCE.to(TestTokens.subjectOf(user))).extracting(PushGateway.Pushed::idempotencyKey).doesNotHaveDuplicates();

        // Read one: it leaves the unread list, and reading it again keeps the first time.
        String id = (String) shipped.get("id");
        String readAt = as(user).post("/me/notifications/" + id + "/read").then().statusCode(200).extract().path("readAt");
        as(user).post("/me/notifications/" + id + "/read").then().statusCode(200).body("readAt", equalTo(readAt));
        assertThat(as(user).queryParam("unread", "true").get("/me/notifications").then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).hasSize(expected.size() - 1).doesNotContain(id);
        as(TestTokens.newUser()).post("/me/notifications/" + id + "/read").then().statusCode(404);
    }

    @Test
    void preferencesAreHonouredAndAPaymentFailureCannotBeSwitchedOff() {
        daytime();
        String user = WalletFixtures.userWithBalance(5_000);
        String email = emailOf(user);
        as(user).body(Map.of("email", email, "kinds", List.of(kind("PAYMENT_FAILED", List.of())))).put("/me/notification-preferences")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("channels.PAYMENT_FAILED"));
        as(user).body(Map.of("kinds", List.of(kind("PAYMENT_FAILED", List.of("EMAIL"))))).put("/me/notification-preferences")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("channels.PAYMENT_FAILED"));
        as(user).body(Map.of("email", "not an address")).put("/me/notification-preferences")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("email"));
        as(user).body(Map.of("kinds", List.of(kind("PAID", List.of("EMAIL")), kind("PAID", List.of())))).put("/me/notification-preferences")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("kinds[1].kind"));
        as(user).body(Map.of("language", "EN", "email", email, "kinds", List.of(kind("SUBSCRIBED", List.of("INBOX")),
                kind("PAYMENT_FAILED", List.of("EMAIL"))))).put("/me/notification-preferences").then().statusCode(200);
        as(user).get("/me/notification-preferences").then().statusCode(200).body("language", equalTo("EN"))
                .body("kinds.find { it.kind == 'SUBSCRIBED' }.channels", equalTo(List.of("INBOX")))
                .body("kinds.find { it.kind == 'PAYMENT_FAILED' }.mandatory", equalTo(true))
                .body("kinds.find { it.kind == 'SHIPPED' }.channels", equalTo(List.of("INBOX", "EMAIL", "PUSH")));

        Fixtures.ShopAccess shop = Fixtures.shop();
        LocalDate tomorrow = Fixtures.today().plusDays(1);
        Fixtures.subscribe(user, Fixtures.weeklyPlan(shop, 1, tomorrow.getDayOfWeek().name()), 1, tomorrow);

        // 9,900 due, 5,000 held: the failure says what is missing and when the next try is, in English, by email only.
        Fixtures.eventually(WITHIN, () -> assertThat(mailbox.getMailsSentTo(email)).extracting(Mail::getSubject).containsExactly("Payment failed"));
        assertThat(mailbox.getMailsSentTo(email).get(0).getText()).contains("₩4,900 is missing").contains("We try again on");
        Fixtures.eventually(WITHIN, () -> assertThat(kinds(user)).containsExactlyInAnyOrder("SUBSCRIBED"));
        assertThat(database.texts("SELECT n.kind || ' ' || s.channel FROM notification_sends s JOIN notifications n ON n.id = s.notification_id"
                + " WHERE n.user_id = '" + TestTokens.subjectOf(user) + "'")).as("no email of SUBSCRIBED, no push at all")
                .containsExactly("PAYMENT_FAILED EMAIL");
        assertThat(PushGateway.INSTANCE.to(TestTokens.subjectOf(user))).isEmpty();
    }

    @Test
    void aPushThatFailsIsTriedAgainUnderTheSameKey() {
        daytime();
        String user = TestTokens.newUser();
        Fixtures.ShopAccess shop = Fixtures.shop();
        PushGateway.INSTANCE.failNext(1);
        Fixtures.subscribe(user, Fixtures.weeklyPlan(shop, 1, "MONDAY"), 1, Fixtures.today().plusDays(10));
        Fixtures.eventually(WITHIN, () -> assertThat(PushGateway.INSTANCE.to(TestTokens.subjectOf(user))).hasSize(1));
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts("SELECT s.state || ' ' || s.attempts FROM notification_sends s"
                + " WHERE s.user_id = '" + TestTokens.subjectOf(user) + "' AND s.channel = 'PUSH'")).containsExactly("SENT 2"));
    }

    @Test
    void whatHappensAtNightWaitsForTheMorningOnEmailAndPushButNotInTheInbox() {
        daytime();
        String user = TestTokens.newUser();
        String email = emailOf(user);
        as(user).body(Map.of("email", email)).put("/me/notification-preferences").then().statusCode(200);
        Fixtures.ShopAccess shop = Fixtures.shop();
        String subscription = Fixtures.subscribe(user, Fixtures.weeklyPlan(shop, 1, "MONDAY"), 1, Fixtures.today().plusDays(10));
        Fixtures.eventually(WITHIN, () -> assertThat(mailbox.getMailsSentTo(email)).hasSize(1));

        ZonedDateTime seoul = Fixtures.now().atZone(Fixtures.SEOUL);
        LocalDate night = seoul.toLocalTime().isBefore(LocalTime.of(22, 0)) ? seoul.toLocalDate() : seoul.toLocalDate().plusDays(1);
        advanceTo(night.atTime(22, 0));
        as(user).body(Map.of()).post("/subscriptions/" + subscription + "/pause").then().statusCode(200);

        Fixtures.eventually(WITHIN, () -> assertThat(kinds(user)).contains("PAUSED"));
        Instant morning = night.plusDays(1).atTime(8, 0).atZone(Fixtures.SEOUL).toInstant();
        Fixtures.eventually(WITHIN, () -> assertThat(database.texts("SELECT s.channel || ' ' || s.state || ' ' || s.not_before FROM notification_sends s"
                + " JOIN notifications n ON n.id = s.notification_id WHERE n.user_id = '" + TestTokens.subjectOf(user) + "' AND n.kind = 'PAUSED'"
                + " ORDER BY s.channel")).hasSize(2).allSatisfy(row -> assertThat(row).contains(" PENDING ")));
        assertThat(database.count("SELECT count(*) FROM notification_sends s JOIN notifications n ON n.id = s.notification_id"
                + " WHERE n.user_id = '" + TestTokens.subjectOf(user) + "' AND n.kind = 'PAUSED' AND s.not_before = '" + morning + "'"))
                .as("due at 08:00 Seoul").isEqualTo(2);
        assertThat(mailbox.getMailsSentTo(email)).hasSize(1);

        advanceTo(night.plusDays(1).atTime(7, 59));
        assertThat(mailbox.getMailsSentTo(email)).as("not before 08:00").hasSize(1);
        advanceTo(night.plusDays(1).atTime(8, 1));
        Fixtures.eventually(WITHIN, () -> assertThat(mailbox.getMailsSentTo(email)).extracting(Mail::getSubject)
                .containsExactly("구독을 시작했어요", "구독을 일시정지했어요"));
        Fixtures.eventually(WITHIN, () -> assertThat(PushGateway.INSTANCE.to(TestTokens.subjectOf(user)))
                .extracting(p -> p.message().getString("kind")).containsExactly("SUBSCRIBED", "PAUSED"));
    }

    @Test
    void theEveningBeforeBillingAShortWalletIsWarnedOnce() {
        daytime();
        ZonedDateTime seoul = Fixtures.now().atZone(Fixtures.SEOUL);
        LocalDate evening = seoul.toLocalTime().isBefore(LocalTime.of(17, 55)) ? seoul.toLocalDate() : seoul.toLocalDate().plusDays(1);
        // Billed the day before at 00:00 in this profile: the run after that evening takes the deliveries two days on.
        LocalDate billed = evening.plusDays(2);
        String user = WalletFixtures.userWithBalance(5_000);
        String covered = WalletFixtures.userWithBalance(20_000);
        Fixtures.ShopAccess shop = Fixtures.shop();
        String plan = Fixtures.weeklyPlan(shop, 1, billed.getDayOfWeek().name());
        Fixtures.subscribe(user, plan, 1, billed);
        Fixtures.subscribe(covered, plan, 1, billed);
        Fixtures.eventually(WITHIN, () -> assertThat(kinds(user)).contains("SUBSCRIBED"));

        advanceTo(evening.atTime(18, 1));
        Fixtures.eventually(WITHIN, () -> assertThat(kinds(user)).contains("WALLET_SHORT"));
        Map<String, Object> warning = as(user).get("/me/notifications").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items").stream().filter(n -> "WALLET_SHORT".equals(n.get("kind"))).findFirst().orElseThrow();
        assertThat((String) warning.get("body")).contains("4,900원").contains(billed.getMonthValue() + "월 " + billed.getDayOfMonth() + "일");
        assertThat(kinds(covered)).doesNotContain("WALLET_SHORT");
        // The day's run made again (a retried job, a second instance) warns nobody twice.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> dailyReminders.handle(domain.scheduling.Job.from(
                new domain.scheduling.JobRequest(domain.notification.DailyReminders.RUN, "again", "", Fixtures.now(), "again"), Fixtures.now())));
        assertThat(database.count("SELECT count(*) FROM notifications WHERE kind = 'WALLET_SHORT' AND user_id = '"
                + TestTokens.subjectOf(user) + "'")).isEqualTo(1);
    }

    @Test
    void aRentalWhoseCommitmentEndsOnADayIsFoundForItsReminder() {
        String user = TestTokens.newUser();
        String rental = Fixtures.subscribe(user, Fixtures.rentalPlan(Fixtures.shop(), 12), 1, Fixtures.today().plusDays(3));
        LocalDate ends = LocalDate.parse(as(user).get("/subscriptions/" + rental).then().statusCode(200).extract().path("commitmentEndsOn"));
        assertThat(reminders.commitmentsEndingOn(ends, new UUID(0, 0), 1_000))
                .contains(new domain.notification.Reminders.EndingCommitment(UUID.fromString(rental), TestTokens.subjectOf(user)));
        assertThat(reminders.commitmentsEndingOn(ends.minusDays(1), new UUID(0, 0), 1_000))
                .noneMatch(c -> c.subscriptionId().equals(UUID.fromString(rental)));
    }

    @Test
    void aClosedAccountsChoicesAndNotificationsAreErased() {
        daytime();
        String user = TestTokens.newUser();
        as(user).body(Map.of("email", emailOf(user))).put("/me/notification-preferences").then().statusCode(200);
        String subscription = Fixtures.subscribe(user, Fixtures.weeklyPlan(Fixtures.shop(), 1, "MONDAY"), 1, Fixtures.today().plusDays(10));
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + subscription + "/cancel").then().statusCode(200);
        Fixtures.eventually(WITHIN, () -> assertThat(kinds(user)).containsExactlyInAnyOrder("SUBSCRIBED", "CANCELLED"));
        String subject = TestTokens.subjectOf(user);

        as(user).post("/account/close").then().statusCode(200);

        Fixtures.eventually(WITHIN, () -> assertThat(database.count("SELECT (SELECT count(*) FROM notification_preferences WHERE user_id = '"
                + subject + "') + (SELECT count(*) FROM notifications WHERE user_id = '" + subject + "')")).isZero());
        assertThat(database.count("SELECT count(*) FROM notification_sends WHERE user_id = '" + subject + "'")).isZero();
        as(user).body(Map.of("email", emailOf(user))).put("/me/notification-preferences").then().statusCode(403);
        as(user).get("/me/notification-preferences").then().statusCode(200).body("email", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void badRequestsAreRefusedClearly() {
        String user = TestTokens.newUser();
        as(user).queryParam("unread", "maybe").get("/me/notifications").then().statusCode(400).body("invalidParams[0].name", equalTo("unread"));
        as(user).post("/me/notifications/not-an-id/read").then().statusCode(404);
        as(user).post("/me/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        as(user).body(Map.of("language", "FR")).put("/me/notification-preferences").then().statusCode(400);
        as(user).body(Map.of("kinds", List.of(Map.of("kind", "PAID", "channels", List.of("FAX"))))).put("/me/notification-preferences")
                .then().statusCode(400);
        as(user).body(Map.of("kinds", List.of(kind("PAID", List.of("EMAIL", "EMAIL"))))).put("/me/notification-preferences")
                .then().statusCode(400).body("invalidParams[0].name", equalTo("kinds[0].channels"));
        as(user).body(Map.of("email", "a\u0000@b.kr")).put("/me/notification-preferences").then().statusCode(400);
        Fixtures.shop().partner().get("/me/notifications").then().statusCode(401);
    }

    private static Map<String, Object> kind(String kind, List<String> channels) {
        return Map.of("kind", kind, "channels", channels);
    }

    private static String emailOf(String user) {
        return TestTokens.subjectOf(user) + "@example.com";
    }

    private static List<String> kinds(String user) {
        return as(user).get("/me/notifications?limit=100").then().statusCode(200).extract().jsonPath().getList("items.kind", String.class);
    }

    /** Moves the clock out of the quiet hours, if it is in them. */
    private static void daytime() {
        ZonedDateTime seoul = Fixtures.now().atZone(Fixtures.SEOUL);
        LocalTime time = seoul.toLocalTime();
        if (time.isBefore(LocalTime.of(8, 5))) advanceTo(seoul.toLocalDate().atTime(10, 0));
        else if (!time.isBefore(LocalTime.of(20, 50))) advanceTo(seoul.toLocalDate().plusDays(1).atTime(10, 0));
    }

    private static void advanceTo(LocalDateTime seoulTime) {
        Instant target = seoulTime.atZone(Fixtures.SEOUL).toInstant();
        as(TestTokens.admin()).body(Map.of("to", target.toString())).post("/admin/test-clock/advance").then().statusCode(202);
        Fixtures.eventually(Duration.ofSeconds(90), () -> as(TestTokens.admin()).get("/admin/test-clock").then().statusCode(200)
                .body("status", equalTo("READY")));
    }
}

package adapters.rabbitmq;

import static adapters.rest.Fixtures.as;
import static adapters.rest.Fixtures.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import adapters.rest.Database;
import adapters.rest.TestTokens;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import domain.scheduling.JobBook;
import domain.scheduling.JobRequest;
import domain.scheduling.RunJobsUseCase;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduler against the real RabbitMQ and PostgreSQL, through its admin API and its queues. */
@QuarkusTest
class ScheduledJobsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Inject
    JobBook book;
    @Inject
    RunJobsUseCase runner;
    @Inject
    SchedulingMetrics metrics;
    @Inject
    RabbitJobQueue queue;
    @Inject
    TestJobHandler handler;
    @Inject
    domain.shared.BusinessCalendar calendar;
    @Inject
    Database database;
    @Inject
    MeterRegistry registry;

    private Connection rabbit;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setUsername("gudok");
        factory.setPassword("gudok");
        rabbit = factory.newConnection("scheduled-jobs-test");
        channel = rabbit.createChannel();
    }

    @AfterEach
    void close() throws Exception {
        rabbit.close();
    }

    record Canary(UUID id, Instant dueAt, long delayMs) { }

    private List<Canary> canaries(List<Long> delaysMs) {
        JsonPath answer = as(TestTokens.admin()).body(Map.of("delaysMs", delaysMs)).post("/admin/jobs/canaries")
                .then().statusCode(201).extract().jsonPath();
        List<Canary> scheduled = new ArrayList<>();
        for (int i = 0; i < delaysMs.size(); i++) {
            scheduled.add(new Canary(UUID.fromString(answer.getString("jobs[" + i + "].id")),
                    Instant.parse(answer.getString("jobs[" + i + "].dueAt")), delaysMs.get(i)));
        }
        return scheduled;
    }

    private long firings(UUID job) {
        return database.count("SELECT count(*) FROM canary_firings WHERE job_id = '" + job + "'");
    }

    private Instant firedAt(UUID job) {
        long micros = database.count("SELECT (extract(epoch FROM fired_at) * 1000000)::bigint FROM canary_firings WHERE job_id = '" + job + "'");
        return Instant.EPOCH.plusNanos(micros * 1000);
    }

    private static String state(UUID job) {
        return as(TestTokens.admin()).get("/admin/jobs/" + job).then().statusCode(200).extract().path("state");
    }

    private void scheduleTestJob(String subject, String payload, Instant due) {
        QuarkusTransaction.requiringNew().run(() ->
                book.schedule(List.of(new JobRequest(TestJobHandler.TYPE, subject, payload, due, "test:" + subject))));
    }

    private static UUID jobOf(String subject) {
        return UUID.fromString(as(TestTokens.admin()).get("/admin/jobs?subject=" + subject).then().statusCode(200)
                .extract().path("items[0].id"));
    }

    private long queueDepth(String name) throws Exception {
        return channel.queueDeclarePassive(name).getMessageCount();
    }

    @Test
    void mixedDelaysFireAtTheirDueTimeInDueOrderAndShortOnesDoNotWaitBehindLongOnes() throws Exception {
        long twoHours = Duration.ofHours(2).toMillis();
        long threeHours = Duration.ofHours(3).toMillis();
        List<Canary> all = canaries(List.of(threeHours, 2_500L, 50L, 1_200L, twoHours, 300L, 700L, 100L, 1_800L));
        List<Canary> longOnes = all.stream().filter(c -> c.delayMs() >= twoHours).toList();
        List<Canary> shortOnes = all.stream().filter(c -> c.delayMs() < twoHours)
                .sorted(Comparator.comparing(Canary::dueAt)).toList();

        eventually(WAIT, () -> assertThat(shortOnes).allSatisfy(c -> assertThat(firings(c.id())).isEqualTo(1)));

        List<Instant> firedInDueOrder = new ArrayList<>();
        for (Canary c : shortOnes) {
            Instant fired = firedAt(c.id());
            assertThat(fired).as("canary due in %d ms", c.delayMs()).isAfterOrEqualTo(c.dueAt());
            assertThat(Duration.between(c.dueAt(), fired)).as("lateness of the canary due in %d ms", c.delayMs())
                    .isLessThan(Duration.ofSeconds(1));
            assertThat(state(c.id())).isEqualTo("DONE");
            firedInDueOrder.add(fired);
        }
        assertThat(firedInDueOrder).isSorted();
        // The long ones wait in their longest tier: 2 h is 1,757 units of 4,096 ms, whose top bit is tier 22;
        // 3 h is 2,636 units, top bit tier 23. Nothing shorter waited behind them.
        for (Canary c : longOnes) {
            assertThat(firings(c.id())).isZero();
            assertThat(state(c.id())).isEqualTo("SCHEDULED");
        }
        assertThat(queueDepth(queue.topology().delayQueue(22))).isPositive();
        assertThat(queueDepth(queue.topology().delayQueue(23))).isPositive();
    }

    @Test
    void aCancelledJobNeverRunsAndARescheduledOneRunsAtItsNewTimeOnly() {
        String cancelled = "cancelled-" + UUID.randomUUID();
        String sooner = "sooner-" + UUID.randomUUID();
        String later = "later-" + UUID.randomUUID();
        Instant now = adapters.rest.Fixtures.now();
        scheduleTestJob(cancelled, "ok", now.plusMillis(300));
        scheduleTestJob(sooner, "ok", now.plusSeconds(30));
        scheduleTestJob(later, "ok", now.plusMillis(200));
        Instant laterDue = adapters.rest.Fixtures.now().plusMillis(1_500);
        QuarkusTransaction.requiringNew().run(() -> {
            book.cancel(List.of("test:" + cancelled));
            assertThat(book.reschedule("test:" + sooner, adapters.rest.Fixtures.now().plusMillis(200))).isTrue();
            assertThat(book.reschedule("test:" + later, laterDue)).isTrue();
        });

        eventually(WAIT, () -> assertThat(handler.handled(later)).hasSize(1));
        assertThat(handler.handled(sooner)).as("moved from 30 s to 200 ms").hasSize(1);
        assertThat(handler.handled(later).get(0)).as("not at its first due time").isAfterOrEqualTo(laterDue);
        assertThat(handler.handled(cancelled)).isEmpty();
        assertThat(state(jobOf(cancelled))).isEqualTo("CANCELLED");
    }

    @Test
    void aDuplicateMessageHasNoSecondEffect() throws Exception {
        Canary canary = canaries(List.of(0L)).get(0);
        eventually(WAIT, () -> assertThat(firings(canary.id())).isEqualTo(1));
        double ignoredBefore = ignored();
        long generation = 1;
        byte[] sameMessage = new JobMessage(canary.id(), generation, canary.dueAt()).toBytes();
        for (int i = 0; i < 3; i++) channel.basicPublish("", queue.topology().readyQueue(), null, sameMessage);

        eventually(WAIT, () -> assertThat(ignored()).isGreaterThanOrEqualTo(ignoredBefore + 3));
        assertThat(firings(canary.id())).isEqualTo(1);
    }

    private double ignored() {
        var counter = registry.find("gudok.jobs.ignored").tag("reason", "ignored").counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aHandlerThatFailsIsRetriedWithBackoffAndThenSucceeds() {
        String subject = "flaky-" + UUID.randomUUID();
        scheduleTestJob(subject, "fail:2", adapters.rest.Fixtures.now());
        UUID job = jobOf(subject);

        eventually(WAIT, () -> assertThat(handler.handled(subject)).hasSize(1));
        eventually(WAIT, () -> as(TestTokens.admin()).get("/admin/jobs/" + job).then().statusCode(200)
                .body("state", equalTo("DONE")).body("failures", equalTo(2))
                .body("lastError", equalTo("IllegalStateException: told to fail attempt 2")));
    }

    @Test
    void aJobThatKeepsFailingIsParkedAndRunsAgainWhenAnAdminRetriesIt() {
        String subject = "broken-" + UUID.randomUUID();
        scheduleTestJob(subject, "fail", adapters.rest.Fixtures.now());
        UUID job = jobOf(subject);

        eventually(WAIT, () -> as(TestTokens.admin()).get("/admin/jobs?state=PARKED&subject=" + subject).then()
                .statusCode(200).body("items.id", org.hamcrest.Matchers.contains(job.toString()))
                .body("items[0].failures", equalTo(3)));
        assertThat(handler.handled(subject)).isEmpty();

        handler.heal(subject);
        as(TestTokens.admin()).post("/admin/jobs/" + job + "/retry").then().statusCode(200)
                .body("state", equalTo("SCHEDULED")).body("failures", equalTo(0));
        eventually(WAIT, () -> assertThat(state(job)).isEqualTo("DONE"));
        assertThat(handler.handled(subject)).hasSize(1);

        as(TestTokens.admin()).post("/admin/jobs/" + job + "/retry").then().statusCode(409)
                .contentType("application/problem+json").body("currentState", equalTo("DONE"));
    }

    @Test
    void aPoisonMessageIsSetAsideAndDoesNotBlockTheQueue() throws Exception {
        long parkedBefore = queueDepth(queue.topology().parkedQueue());
        channel.basicPublish("", queue.topology().readyQueue(), null, "not a job".getBytes(StandardCharsets.UTF_8));
        Canary after = canaries(List.of(0L)).get(0);

        eventually(WAIT, () -> assertThat(firings(after.id())).isEqualTo(1));
        eventually(WAIT, () -> {
            try {
                assertThat(queueDepth(queue.topology().parkedQueue())).isEqualTo(parkedBefore + 1);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    @Test
    void withConsumersInTwoInstancesEachJobRunsOnce() throws Exception {
        // A second instance: its own connection and consumers on the same ready queue.
        List<Channel> secondInstance = new ArrayList<>();
        var timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        var workers = java.util.concurrent.Executors.newFixedThreadPool(4);
        for (int i = 0; i < 2; i++) {
            Channel consumerChannel = rabbit.createChannel();
            consumerChannel.basicQos(8);
            consumerChannel.basicConsume(queue.topology().readyQueue(), false,
                    new DueJobConsumer(consumerChannel, runner, metrics, timer, workers, calendar));
            secondInstance.add(consumerChannel);
        }
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 400; i++) delays.add((long) (i % 40) * 10);
        List<Canary> all = canaries(delays);
        String ids = all.stream().map(c -> "'" + c.id() + "'").reduce((a, b) -> a + "," + b).orElseThrow();

        eventually(WAIT, () -> assertThat(database.count(
                "SELECT count(DISTINCT job_id) FROM canary_firings WHERE job_id IN (" + ids + ")")).isEqualTo(400));
        assertThat(database.count("SELECT count(*) FROM canary_firings WHERE job_id IN (" + ids + ")")).isEqualTo(400);
        assertThat(channel.queueDeclarePassive(queue.topology().readyQueue()).getConsumerCount()).isGreaterThanOrEqualTo(2);
        for (Channel c : secondInstance) c.close();
        timer.shutdownNow();
        workers.shutdownNow();
    }

    @Test
    void schedulingAndFiringShowInTheMetrics() {
        Canary canary = canaries(List.of(0L)).get(0);
        eventually(WAIT, () -> assertThat(firings(canary.id())).isEqualTo(1));
        String metricsText = io.restassured.RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metricsText).contains("gudok_jobs_scheduled_total", "gudok_jobs_fired_total{type=\"scheduler.canary\"",
                "gudok_jobs_lateness_seconds_bucket{type=\"scheduler.canary\"");
    }

    @Test
    void badCanaryRequestsAreProblems() {
        as(TestTokens.admin()).body(Map.of("delaysMs", List.of(-1))).post("/admin/jobs/canaries").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("delaysMs"));
        as(TestTokens.admin()).body(Map.of()).post("/admin/jobs/canaries").then().statusCode(400)
                .contentType("application/problem+json");
        as(TestTokens.admin()).get("/admin/jobs?state=SLEEPING").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("state"));
        as(TestTokens.admin()).get("/admin/jobs/" + UUID.randomUUID()).then().statusCode(404);
        as(TestTokens.newUser()).get("/admin/jobs").then().statusCode(403);
    }

    @Test
    void aDatedPauseAndARentalScheduleTheirEndAndCancellingTakesTheJobsAway() {
        var shop = adapters.rest.Fixtures.shop();
        String user = TestTokens.newUser();
        java.time.LocalDate start = adapters.rest.Fixtures.today().plusDays(1);
        String subscription = adapters.rest.Fixtures.subscribe(user,
                adapters.rest.Fixtures.weeklyPlan(shop, 1, start.getDayOfWeek().name()), 1, start);
        java.time.LocalDate until = start.plusWeeks(2);
        as(user).body(Map.of("until", until.toString())).post("/subscriptions/" + subscription + "/pause").then().statusCode(200);
        as(TestTokens.admin()).get("/admin/jobs?state=SCHEDULED&subject=" + subscription).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.contains("subscription.resume"))
                .body("items[0].dueAt", equalTo(until.atStartOfDay(adapters.rest.Fixtures.SEOUL).toInstant().toString()));
        as(user).post("/subscriptions/" + subscription + "/resume").then().statusCode(200);
        as(TestTokens.admin()).get("/admin/jobs?subject=" + subscription).then().statusCode(200)
                .body("items.state", org.hamcrest.Matchers.contains("CANCELLED"));

        String rental = adapters.rest.Fixtures.subscribe(user, adapters.rest.Fixtures.rentalPlan(shop, 12), 1, start);
        as(TestTokens.admin()).get("/admin/jobs?subject=" + rental).then().statusCode(200)
                .body("items.type", org.hamcrest.Matchers.containsInAnyOrder("rental.end", "rental.fee"))
                .body("items.find { it.type == 'rental.end' }.dueAt",
                        equalTo(start.plusMonths(12).atStartOfDay(adapters.rest.Fixtures.SEOUL).toInstant().toString()));
        as(user).body(Map.of("mode", "IMMEDIATE")).post("/subscriptions/" + rental + "/cancel").then().statusCode(200);
        as(TestTokens.admin()).get("/admin/jobs?subject=" + rental).then().statusCode(200)
                .body("items.state", org.hamcrest.Matchers.contains("CANCELLED", "CANCELLED"));
    }

    @Test
    void theIdempotencyKeyPurgeForgetsKeysOlderThanTheRetentionAndSchedulesTheNextDay() {
        String old = "purge-old-" + UUID.randomUUID();
        String fresh = "purge-fresh-" + UUID.randomUUID();
        database.execute("INSERT INTO idempotency_keys (scope, idempotency_key, fingerprint, created_at) VALUES "
                + "('purge-test', '" + old + "', repeat('a', 64), now() - interval '2 days'), "
                + "('purge-test', '" + fresh + "', repeat('a', 64), now())");
        QuarkusTransaction.requiringNew().run(() -> book.schedule(List.of(new JobRequest(adapters.IdempotencyKeyPurge.TYPE,
                "idempotency-keys", "", adapters.rest.Fixtures.now(), "idempotency.purge:test-" + UUID.randomUUID()))));

        eventually(WAIT, () -> assertThat(database.count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = '" + old + "'")).isZero());
        assertThat(database.count("SELECT count(*) FROM idempotency_keys WHERE idempotency_key = '" + fresh + "'")).isEqualTo(1);
        String tomorrow = adapters.rest.Fixtures.today().plusDays(1).toString();
        as(TestTokens.admin()).get("/admin/jobs?subject=idempotency-keys&state=SCHEDULED&limit=100").then().statusCode(200)
                .body("items.dedupKey", org.hamcrest.Matchers.hasItem("idempotency.purge:" + tomorrow));
    }
}

package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import domain.shared.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15, finding 8: a money job waits out a long gateway outage; others keep the short policy. */
class MoneyJobRetriesTest {
    private static final JobType SETTLE = new JobType("top_up.settle");
    private static final JobType OTHER = new JobType("delivery.dispatch");
    private static final Instant NOW = Instant.parse("2026-12-06T00:00:00Z");

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final BusinessCalendar calendar = new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC));
    private final JobRunner runner = new JobRunner(jobs,
            List.of(JobHandler.of(SETTLE, job -> { }), JobHandler.of(OTHER, job -> { })), calendar,
            new RetryPolicy(5, Duration.ofSeconds(10), Duration.ofHours(1)),
            Map.of(SETTLE, new RetryPolicy(30, Duration.ofMinutes(1), Duration.ofHours(6))), Duration.ofMinutes(1));

    @Test
    void aMoneyJobRetriesForDaysWhereOthersParkAfterFiveAttempts() {
        Job settle = scheduled(SETTLE);
        Job other = scheduled(OTHER);
        Duration waited = Duration.ZERO;
        for (int attempt = 1; attempt <= 29; attempt++) {
            Job current = jobs.byId(settle.id()).orElseThrow();
            assertThat(runner.recordFailure(current.id(), current.generation(), "gateway down").kind()).isEqualTo(RunOutcome.Kind.FAILED);
            waited = waited.plus(Duration.between(NOW, jobs.byId(settle.id()).orElseThrow().dueAt()));
        }
        assertThat(jobs.byId(settle.id()).orElseThrow().state()).isEqualTo(JobState.SCHEDULED);
        assertThat(Duration.between(NOW, jobs.byId(settle.id()).orElseThrow().dueAt())).as("the backoff stops at 6 hours")
                .isEqualTo(Duration.ofHours(6));
        assertThat(waited).as("about five days of retries").isGreaterThan(Duration.ofDays(5));
        Job last = jobs.byId(settle.id()).orElseThrow();
        assertThat(runner.recordFailure(last.id(), last.generation(), "gateway down").kind()).isEqualTo(RunOutcome.Kind.PARKED);

        for (int attempt = 1; attempt <= 4; attempt++) {
            Job current = jobs.byId(other.id()).orElseThrow();
            runner.recordFailure(current.id(), current.generation(), "boom");
        }
        Job fifth = jobs.byId(other.id()).orElseThrow();
        assertThat(runner.recordFailure(fifth.id(), fifth.generation(), "boom").kind()).isEqualTo(RunOutcome.Kind.PARKED);
    }

    private Job scheduled(JobType type) {
        Job job = Job.from(new JobRequest(type, "subject", "", NOW, type.name() + ":subject"), NOW);
        jobs.add(List.of(job));
        return job;
    }
}

package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.BusinessCalendar;
import domain.shared.StateConflictException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobRunnerTest {
    private static final JobType WORK = new JobType("test.work");
    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final BusinessCalendar calendar = new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<Job> handled = new ArrayList<>();
    private RuntimeException failWith;
    private final JobHandler handler = new JobHandler() {
        @Override
        public JobType type() {
            return WORK;
        }

        @Override
        public void handle(Job job) {
            if (failWith != null) throw failWith;
            handled.add(job);
        }
    };
    private final JobBook book = new JobBook(jobs, calendar);
    private final JobRunner runner = new JobRunner(jobs, List.of(handler), calendar, RETRIES, Duration.ofMinutes(5));

    private Job schedule(String key, Instant due) {
        book.schedule(List.of(new JobRequest(WORK, "subject-1", "", due, key)));
        return jobs.live(key);
    }

    @Test
    void aDueJobRunsOnceAndADuplicateMessageDoesNothing() {
        Job job = schedule("k", NOW.minusMillis(120));
        RunOutcome first = runner.run(job.id(), job.generation());
        RunOutcome duplicate = runner.run(job.id(), job.generation());
        assertThat(first.kind()).isEqualTo(RunOutcome.Kind.FIRED);
        assertThat(first.lateness()).isEqualTo(Duration.ofMillis(120));
        assertThat(duplicate.kind()).isEqualTo(RunOutcome.Kind.IGNORED);
        assertThat(handled).hasSize(1);
        assertThat(jobs.byId(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void schedulingALiveKeyAgainDoesNothing() {
        Job job = schedule("k", NOW);
        schedule("k", NOW.plusSeconds(60));
        assertThat(jobs.all()).containsExactly(job);
    }

    @Test
    void theMessageOfACancelledOrRescheduledJobIsIgnored() {
        Job cancelled = schedule("cancelled", NOW);
        book.cancel(List.of("cancelled"));
        Job moved = schedule("moved", NOW);
        assertThat(book.reschedule("moved", NOW.minusSeconds(1))).isTrue();

        assertThat(runner.run(cancelled.id(), cancelled.generation()).kind()).isEqualTo(RunOutcome.Kind.IGNORED);
        assertThat(runner.run(moved.id(), moved.generation()).kind()).isEqualTo(RunOutcome.Kind.IGNORED);
        assertThat(handled).isEmpty();
        Job current = jobs.live("moved");
        assertThat(runner.run(current.id(), current.generation()).kind()).isEqualTo(RunOutcome.Kind.FIRED);
        assertThat(handled).extracting(Job::id).containsExactly(moved.id());
    }

    @Test
    void aMessageBeforeItsDueTimeSendsTheJobAgainInsteadOfRunningIt() {
        Job job = schedule("k", NOW.plusSeconds(30));
        assertThat(runner.run(job.id(), job.generation()).kind()).isEqualTo(RunOutcome.Kind.EARLY);
        assertThat(handled).isEmpty();
        assertThat(jobs.claimUnsent(10)).extracting(Job::generation).containsExactly(job.generation() + 1);
    }

    @Test
    void aFailingJobIsRetriedWithGrowingBackoffThenParkedAndAnAdminCanRetryIt() {
        Job job = schedule("k", NOW);
        failWith = new IllegalStateException("shop is closed");
        assertThatThrownBy(() -> runner.run(job.id(), job.generation())).hasMessage("shop is closed");
        // The caller rolls the failed run back, then counts the failure in a transaction of its own.
        RunOutcome first = runner.recordFailure(job.id(), job.generation(), "shop is closed");
        Job afterFirst = jobs.live("k");
        assertThat(first.kind()).isEqualTo(RunOutcome.Kind.FAILED);
        assertThat(afterFirst.dueAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(afterFirst.lastError()).isEqualTo("shop is closed");

        runner.recordFailure(afterFirst.id(), afterFirst.generation(), "again");
        Job afterSecond = jobs.live("k");
        assertThat(afterSecond.dueAt()).isEqualTo(NOW.plusSeconds(20));
        assertThat(runner.recordFailure(afterSecond.id(), afterSecond.generation(), "third").kind())
                .isEqualTo(RunOutcome.Kind.PARKED);
        Job parked = jobs.live("k");
        assertThat(parked.state()).isEqualTo(JobState.PARKED);
        assertThat(parked.failures()).isEqualTo(3);

        failWith = null;
        Job retried = new JobAdministration(jobs, calendar).retry(parked.id());
        assertThat(retried.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(retried.failures()).isZero();
        assertThat(runner.run(retried.id(), retried.generation()).kind()).isEqualTo(RunOutcome.Kind.FIRED);
        assertThatThrownBy(() -> new JobAdministration(jobs, calendar).retry(parked.id()))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void aFailureReportedForAStaleMessageCountsNothing() {
        Job job = schedule("k", NOW);
        runner.run(job.id(), job.generation());
        assertThat(runner.recordFailure(job.id(), job.generation(), "late report").kind()).isEqualTo(RunOutcome.Kind.IGNORED);
        assertThat(jobs.byId(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void aJobOfAnUnknownTypeFailsRatherThanVanishing() {
        book.schedule(List.of(new JobRequest(new JobType("test.unknown"), "s", "", NOW, "u")));
        Job job = jobs.live("u");
        assertThatThrownBy(() -> runner.run(job.id(), job.generation())).hasMessageContaining("no handler");
    }

    @Test
    void sentJobsLongOverdueAreSentAgainAsTheyAre() {
        Job overdue = schedule("old", NOW.minus(Duration.ofMinutes(6)));
        Job recent = schedule("recent", NOW.minus(Duration.ofMinutes(1)));
        Job sentLate = schedule("sent-late", NOW.minus(Duration.ofMinutes(6)));
        jobs.markSent(List.of(overdue, recent), NOW.minus(Duration.ofMinutes(7)));
        jobs.markSent(List.of(sentLate), NOW.minus(Duration.ofMinutes(1)));
        assertThat(runner.resendOverdue()).isEqualTo(1);
        // The same generation: the first message, if it was only slow, still runs the job.
        assertThat(jobs.claimUnsent(10)).containsExactly(overdue);
        assertThat(runner.resendOverdue()).as("not again before it was sent again").isZero();
    }

    @Test
    void backoffDoublesUpToItsMaximum() {
        assertThat(RETRIES.backoffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RETRIES.backoffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(RETRIES.backoffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(RETRIES.backoffAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(RETRIES.backoffAfter(40)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void reschedulingAParkedJobArmsItAgain() {
        Job job = schedule("k", NOW);
        Job parked = job;
        for (int i = 0; i < RETRIES.maxAttempts(); i++) {
            runner.recordFailure(parked.id(), parked.generation(), "down");
            parked = jobs.live("k");
        }
        assertThat(parked.state()).isEqualTo(JobState.PARKED);
        assertThat(book.reschedule("k", NOW.plusSeconds(60))).isTrue();
        Job armed = jobs.live("k");
        assertThat(armed.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(armed.dueAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(armed.failures()).isZero();
    }
}

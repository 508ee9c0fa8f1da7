package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.StateConflictException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A job's states and generations; every change a message could race with moves the generation on. */
class JobLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    private static final JobType TYPE = new JobType("test.work");
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

    private final Job job = Job.from(new JobRequest(TYPE, "subject", "payload", NOW.plusSeconds(60), "key"), NOW);

    private Job parked() {
        return job.failed("a", NOW, THREE_ATTEMPTS).failed("b", NOW, THREE_ATTEMPTS).failed("c", NOW, THREE_ATTEMPTS);
    }

    @Test
    void aJobIsDueFromItsDueTimeOnAndLateByTheTimeSince() {
        assertThat(job.isDueBy(NOW.plusSeconds(59))).isFalse();
        assertThat(job.isDueBy(NOW.plusSeconds(60))).isTrue();
        assertThat(job.latenessAt(NOW.plusSeconds(90))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void reschedulingKeepsTheFailuresOfAScheduledJobAndMovesTheGenerationOn() {
        Job failedOnce = job.failed("boom", NOW, THREE_ATTEMPTS);

        Job moved = failedOnce.rescheduleTo(NOW.plusSeconds(600));

        assertThat(moved.dueAt()).isEqualTo(NOW.plusSeconds(600));
        assertThat(moved.failures()).isEqualTo(1);
        assertThat(moved.generation()).isEqualTo(failedOnce.generation() + 1);
        assertThat(moved.state()).isEqualTo(JobState.SCHEDULED);
    }

    @Test
    void aFinishedJobCannotBeRescheduledCancelledOrResent() {
        Job done = job.done(NOW);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.finishedAt()).isEqualTo(NOW);
        assertThat(done.generation()).isEqualTo(job.generation());

        assertThatThrownBy(() -> done.rescheduleTo(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> done.cancel(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(done::resend).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> done.done(NOW)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> done.failed("x", NOW, THREE_ATTEMPTS)).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> done.retry(NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void resendingAndCancellingMoveTheGenerationOn() {
        Job resent = job.resend();
        assertThat(resent.generation()).isEqualTo(2);
        assertThat(resent.dueAt()).isEqualTo(job.dueAt());

        Job cancelled = resent.cancel(NOW.plusSeconds(5));
        assertThat(cancelled.state()).isEqualTo(JobState.CANCELLED);
        assertThat(cancelled.generation()).isEqualTo(3);
        assertThat(cancelled.finishedAt()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aFailedJobWaitsItsBackoffUntilTheLastAttemptParksIt() {
        Job once = job.failed("boom", NOW, THREE_ATTEMPTS);
        assertThat(once.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(once.failures()).isEqualTo(1);
        assertThat(once.dueAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(once.generation()).isEqualTo(2);
        assertThat(once.lastError()).isEqualTo("boom");

        Job twice = once.failed("boom", NOW, THREE_ATTEMPTS);
        assertThat(twice.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(twice.dueAt()).isEqualTo(NOW.plusSeconds(20));

        Job parked = twice.failed(null, NOW.plusSeconds(30), THREE_ATTEMPTS);
        assertThat(parked.state()).isEqualTo(JobState.PARKED);
        assertThat(parked.failures()).isEqualTo(3);
        assertThat(parked.generation()).isEqualTo(4);
        assertThat(parked.finishedAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(parked.lastError()).isEqualTo("unknown error");
    }

    @Test
    void anErrorIsKeptUpToAThousandCharacters() {
        assertThat(job.failed("e".repeat(1000), NOW, THREE_ATTEMPTS).lastError()).hasSize(1000);
        assertThat(job.failed("e".repeat(1001), NOW, THREE_ATTEMPTS).lastError()).isEqualTo("e".repeat(1000));
    }

    @Test
    void aParkedJobIsArmedAgainWithItsAttemptsCountedAfresh() {
        Job parked = parked();

        Job retried = parked.retry(NOW.plusSeconds(100));
        assertThat(retried.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(retried.dueAt()).isEqualTo(NOW.plusSeconds(100));
        assertThat(retried.failures()).isZero();
        assertThat(retried.generation()).isEqualTo(parked.generation() + 1);

        Job rescheduled = parked.rescheduleTo(NOW.plusSeconds(200));
        assertThat(rescheduled.failures()).isZero();
        assertThat(rescheduled.state()).isEqualTo(JobState.SCHEDULED);
        assertThat(rescheduled.finishedAt()).isNull();
        assertThatThrownBy(parked::resend).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> job.retry(NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aRetryPolicyAllowsOneAttemptOrMoreAndBackoffsUpToItsMaximum() {
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
        assertThat(job.failed("x", NOW, once).state()).isEqualTo(JobState.PARKED);
        RetryPolicy flat = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(flat.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(flat.backoffAfter(4)).isEqualTo(Duration.ofSeconds(30));
        RetryPolicy uneven = new RetryPolicy(5, Duration.ofSeconds(30), Duration.ofSeconds(45));
        assertThat(uneven.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(uneven.backoffAfter(2)).isEqualTo(Duration.ofSeconds(45));

        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(-1), Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(9)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aJobTypeIsDottedLowerCaseWordsOfAtMost64Characters() {
        String sixtyFour = "a." + "b".repeat(62);
        assertThat(new JobType(sixtyFour).name()).hasSize(64);
        assertThatThrownBy(() -> new JobType(sixtyFour + "c")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobType("nodot")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobType(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRequestWithoutPayloadCarriesAnEmptyOne() {
        assertThat(new JobRequest(TYPE, "s", null, NOW, "k").payload()).isEmpty();
        assertThat(new JobRequest(TYPE, "s", "p", NOW, "k").payload()).isEqualTo("p");
    }

    @Test
    void reschedulingAJobThatIsNoLongerLiveAnswersFalse() {
        InMemoryJobs jobs = new InMemoryJobs();
        JobBook book = new JobBook(jobs, new domain.shared.BusinessCalendar(java.time.Clock.fixed(NOW, java.time.ZoneOffset.UTC)));
        book.schedule(java.util.List.of(new JobRequest(TYPE, "s", "", NOW, "k")));
        book.cancel(java.util.List.of("k"));

        assertThat(book.reschedule("k", NOW.plusSeconds(5))).isFalse();
        assertThat(book.reschedule("never", NOW.plusSeconds(5))).isFalse();
    }
}

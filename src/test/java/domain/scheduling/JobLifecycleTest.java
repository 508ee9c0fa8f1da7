package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.scheduling.JobState.Action;
import domain.shared.TransitionGrid;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A job's states and generations; every change a message could race with moves the generation on. */
class JobLifecycleTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    private static final JobType TYPE = new JobType("test.work");
    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofMinutes(1));

    private static final RetryPolicy TWO_ATTEMPTS = new RetryPolicy(2, Duration.ofSeconds(10), Duration.ofMinutes(1));

    /**
     * What each action does in each state, written out by hand: the table in JobState must say the same, so a
     * change to it has to be made here too. A failing job is tried again or parked, by its attempts left.
     */
    private static final TransitionGrid<JobState, Action> EXPECTED = TransitionGrid.parse(JobState.class, Action.class, """
                       RESCHEDULE  RESEND     CANCEL     FINISH  FAIL              RETRY
            SCHEDULED  SCHEDULED   SCHEDULED  CANCELLED  DONE    SCHEDULED|PARKED  -
            DONE       -           -          -          -       -                 -
            CANCELLED  -           -          -          -       -                 -
            PARKED     SCHEDULED   -          CANCELLED  -       -                 SCHEDULED
            """);

    /** The methods behind each action; a job that failed once fails again with an attempt left, or its last. */
    private static final Map<Action, List<UnaryOperator<Job>>> METHODS = Map.of(
            Action.RESCHEDULE, List.of(j -> j.rescheduleTo(NOW.plusSeconds(600))),
            Action.RESEND, List.of(Job::resend),
            Action.CANCEL, List.of(j -> j.cancel(NOW)),
            Action.FINISH, List.of(j -> j.done(NOW)),
            Action.FAIL, List.of(j -> j.failed("boom", NOW, THREE_ATTEMPTS), j -> j.failed("boom", NOW, TWO_ATTEMPTS)),
            Action.RETRY, List.of(j -> j.retry(NOW)));

    private final Job job = Job.from(new JobRequest(TYPE, "subject", "payload", NOW.plusSeconds(60), "key"), NOW);

    /** A job in any state that failed once, as it would come back from storage. */
    private static Job in(JobState state) {
        return new Job(UUID.randomUUID(), TYPE, "subject", "payload", "key", NOW, state, 1, 3, "boom", NOW,
                state == JobState.SCHEDULED ? null : NOW);
    }

    static Stream<Arguments> everyStateAndAction() {
        return EXPECTED.pairs();
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("everyStateAndAction")
    void everyActionInEveryStateDoesWhatTheTableSays(JobState state, Action action) {
        EXPECTED.assertPair(JobState.TRANSITIONS, state, action, in(state), METHODS.get(action), Job::state, action.name().toLowerCase());
    }

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
    void aFinishedJobRecordsWhenAndKeepsItsGeneration() {
        Job done = job.done(NOW);
        assertThat(done.state()).isEqualTo(JobState.DONE);
        assertThat(done.finishedAt()).isEqualTo(NOW);
        assertThat(done.generation()).isEqualTo(job.generation());
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

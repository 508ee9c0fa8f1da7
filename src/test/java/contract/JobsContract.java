package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;

import domain.scheduling.Job;
import domain.scheduling.JobRequest;
import domain.scheduling.JobState;
import domain.scheduling.JobType;
import domain.scheduling.Jobs;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Jobs as the scheduler relies on them: a job reads back as it was added; a de-duplication key belongs to one live
 * (scheduled or parked) job, so adding another under a live key leaves it out, and no update makes a second live job
 * under it; a key is free again once its job is done or cancelled; cancelling reaches only the live jobs named; an
 * update never makes a job that was not there. (What the relay and the sweep read, the outbox, is not the
 * simulation's: it runs jobs itself.)
 */
public abstract class JobsContract extends StoreContract {
    private static final JobType WORK = new JobType("contract.work");
    private static final JobType OTHER_WORK = new JobType("contract.other_work");
    private static final Instant DUE = AT.plus(Duration.ofHours(1));

    private final String subject = "contract-" + UUID.randomUUID();

    protected abstract Jobs jobs();

    @Test
    void aJobReadsBackAsItWasAdded() {
        inTransaction(() -> {
            Job job = job(WORK, subject, key("a"));
            jobs().add(List.of(job));

            assertThat(jobs().byId(job.id())).contains(job);
            assertThat(jobs().lockForRun(job.id())).contains(job);
            assertThat(jobs().liveByDedupKey(key("a"))).contains(job);
        });
    }

    @Test
    void whatWasNeverAddedIsNotFound() {
        inTransaction(() -> {
            assertThat(jobs().byId(UUID.randomUUID())).isEmpty();
            assertThat(jobs().lockForRun(UUID.randomUUID())).isEmpty();
            assertThat(jobs().liveByDedupKey(key("a"))).isEmpty();
        });
    }

    @Test
    void aJobUnderALiveKeyIsLeftOut() {
        inTransaction(() -> {
            Job first = job(WORK, subject, key("a"));
            jobs().add(List.of(first));

            Job again = job(WORK, subject, key("a"));
            Job parkedFirst = job(WORK, subject, key("b"));
            jobs().add(List.of(parkedFirst));
            jobs().update(parked(parkedFirst));
            Job afterParked = job(WORK, subject, key("b"));
            jobs().add(List.of(again, afterParked));

            assertThat(jobs().byId(again.id())).isEmpty();
            assertThat(jobs().byId(afterParked.id())).as("a parked job is live").isEmpty();
            assertThat(jobs().liveByDedupKey(key("a"))).contains(first);
        });
    }

    @Test
    void theFirstOfABatchUnderOneKeyIsKept() {
        inTransaction(() -> {
            Job first = job(WORK, subject, key("a"));
            Job second = job(WORK, subject, key("a"));

            jobs().add(List.of(first, second));

            assertThat(jobs().liveByDedupKey(key("a"))).contains(first);
            assertThat(jobs().byId(second.id())).isEmpty();
        });
    }

    @Test
    void aKeyIsFreeAgainOnceItsJobIsDoneOrCancelled() {
        inTransaction(() -> {
            Job done = job(WORK, subject, key("a"));
            Job cancelled = job(WORK, subject, key("b"));
            jobs().add(List.of(done, cancelled));
            jobs().update(done.done(AT));
            jobs().update(cancelled.cancel(AT));

            Job next = job(WORK, subject, key("a"));
            Job another = job(WORK, subject, key("b"));
            jobs().add(List.of(next, another));

            assertThat(jobs().liveByDedupKey(key("a"))).contains(next);
            assertThat(jobs().liveByDedupKey(key("b"))).contains(another);
            assertThat(jobs().byId(done.id())).contains(done.done(AT));
        });
    }

    @Test
    void anUpdateCannotMakeASecondLiveJobUnderAKey() {
        inTransaction(() -> {
            Job done = job(WORK, subject, key("a"));
            jobs().add(List.of(done));
            jobs().update(done.done(AT));
            Job live = job(WORK, subject, key("a"));
            jobs().add(List.of(live));

            refused(() -> jobs().update(done)); // scheduled again, as it was before it ran

            assertThat(jobs().byId(done.id())).contains(done.done(AT));
            assertThat(jobs().liveByDedupKey(key("a"))).contains(live);
        });
    }

    @Test
    void anUpdateIsKept() {
        inTransaction(() -> {
            Job job = job(WORK, subject, key("a"));
            jobs().add(List.of(job));

            Job later = job.rescheduleTo(DUE.plusSeconds(60));
            jobs().update(later);

            assertThat(jobs().byId(job.id())).contains(later);
            assertThat(jobs().liveByDedupKey(key("a"))).contains(later);
        });
    }

    @Test
    void anUpdateNeverMakesAJob() {
        inTransaction(() -> {
            Job never = job(WORK, subject, key("a"));
            transactions().failureOf(() -> jobs().update(never.rescheduleTo(DUE.plusSeconds(60)))); // refused or ignored

            assertThat(jobs().byId(never.id())).isEmpty();
            assertThat(jobs().liveByDedupKey(key("a"))).isEmpty();
        });
    }

    @Test
    void cancellingByKeyReachesTheLiveJobsNamed() {
        inTransaction(() -> {
            Job scheduled = job(WORK, subject, key("a"));
            Job parked = job(WORK, subject, key("b"));
            Job untouched = job(WORK, subject, key("c"));
            jobs().add(List.of(scheduled, parked, untouched));
            jobs().update(parked(parked));

            jobs().cancelLive(List.of(key("a"), key("b"), key("never")), AT.plusSeconds(5));

            assertThat(jobs().byId(scheduled.id())).contains(scheduled.cancel(AT.plusSeconds(5)));
            assertThat(jobs().byId(parked.id())).contains(parked(parked).cancel(AT.plusSeconds(5)));
            assertThat(jobs().byId(untouched.id())).contains(untouched);
            assertThat(jobs().liveByDedupKey(key("a"))).isEmpty();
        });
    }

    @Test
    void cancellingBySubjectReachesItsLiveJobsOfTheType() {
        inTransaction(() -> {
            String otherSubject = subject + "-other";
            Job mine = job(WORK, subject, key("a"));
            Job ofAnotherType = job(OTHER_WORK, subject, key("b"));
            Job ofAnotherSubject = job(WORK, otherSubject, key("c"));
            Job finished = job(WORK, subject, key("d"));
            jobs().add(List.of(mine, ofAnotherType, ofAnotherSubject, finished));
            jobs().update(finished.done(AT));

            jobs().cancelLiveOf(WORK, subject, AT.plusSeconds(5));

            assertThat(jobs().byId(mine.id())).contains(mine.cancel(AT.plusSeconds(5)));
            assertThat(jobs().byId(ofAnotherType.id())).contains(ofAnotherType);
            assertThat(jobs().byId(ofAnotherSubject.id())).contains(ofAnotherSubject);
            assertThat(jobs().byId(finished.id())).contains(finished.done(AT));
        });
    }

    private String key(String name) {
        return "contract.work:" + subject + ":" + name;
    }

    private static Job job(JobType type, String subjectId, String dedupKey) {
        return Job.from(new JobRequest(type, subjectId, "ok", DUE, dedupKey), AT);
    }

    /** The job after its last attempt failed: parked until an admin retries it. */
    private static Job parked(Job job) {
        return new Job(job.id(), job.type(), job.subjectId(), job.payload(), job.dedupKey(), job.dueAt(), JobState.PARKED, 5,
                job.generation() + 1, "told to fail", job.createdAt(), AT.plusSeconds(1));
    }
}

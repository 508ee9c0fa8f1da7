package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.BusinessCalendar;
import domain.shared.IdempotentRequests;
import domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Canary jobs and the daily purge of idempotency keys (at 04:00 Seoul, keeping keys for 24 hours). */
class ScheduledMaintenanceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z"); // 09:00 in Seoul

    private final InMemoryJobs jobs = new InMemoryJobs();
    private final List<String> firings = new ArrayList<>();

    private BusinessCalendar at(Instant now) {
        return new BusinessCalendar(Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void eachCanaryIsDueItsDelayFromNow() {
        Canaries canaries = new Canaries(jobs, (id, due, fired) -> firings.add(id + " " + due + " " + fired), at(NOW));

        List<Job> scheduled = canaries.schedule(List.of(Duration.ZERO, Duration.ofSeconds(30), Duration.ofDays(366)));

        assertThat(scheduled).extracting(Job::dueAt).containsExactly(NOW, NOW.plusSeconds(30), NOW.plus(Duration.ofDays(366)));
        assertThat(jobs.all()).containsExactlyElementsOf(scheduled);
        assertThat(scheduled).allSatisfy(j -> assertThat(j.type()).isEqualTo(canaries.type()));
        assertThat(scheduled).extracting(Job::dedupKey).doesNotHaveDuplicates();
    }

    @Test
    void aCanaryRecordsWhenItWasDueAndWhenItFired() {
        Canaries canaries = new Canaries(jobs, (id, due, fired) -> firings.add(id + " " + due + " " + fired), at(NOW.plusSeconds(31)));
        Job job = Job.from(new JobRequest(Canaries.TYPE, "canary", "", NOW.plusSeconds(30), "canary:1"), NOW);

        canaries.handle(job);

        assertThat(firings).containsExactly(job.id() + " " + NOW.plusSeconds(30) + " " + NOW.plusSeconds(31));
    }

    @Test
    void canariesComeOneToFiveThousandAtATimeWithDelaysUpToAYear() {
        Canaries canaries = new Canaries(jobs, (id, due, fired) -> { }, at(NOW));

        assertThat(canaries.schedule(Collections.nCopies(5_000, Duration.ofSeconds(1)))).hasSize(5_000);
        assertThatThrownBy(() -> canaries.schedule(List.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> canaries.schedule(Collections.nCopies(5_001, Duration.ofSeconds(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> canaries.schedule(List.of(Duration.ofSeconds(-1)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> canaries.schedule(List.of(Duration.ofSeconds(1), Duration.ofDays(366).plusSeconds(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jobs.all()).hasSize(5_000);
    }

    private IdempotencyKeyPurge purge(Instant now, List<Instant> cutoffs, int purged) {
        IdempotentRequests requests = new IdempotentRequests() {
            @Override
            public Claim claim(String scope, String key, String fingerprint, Instant at, Instant expiredBefore) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean hold(String scope, String key, UUID token) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void complete(String scope, String key, StoredResponse response) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void release(String scope, String key, UUID token) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int purgeClaimedBefore(Instant cutoff, int limit) {
                assertThat(limit).isEqualTo(10_000);
                cutoffs.add(cutoff);
                return purged;
            }
        };
        return new IdempotencyKeyPurge(requests, new JobBook(jobs, at(now)), at(now), Duration.ofHours(24), LocalTime.of(4, 0));
    }

    @Test
    void thePurgeIsScheduledForTodayBeforeItsHourAndForTomorrowFromItOn() {
        purge(Instant.parse("2026-03-01T18:59:00Z"), new ArrayList<>(), 0).ensureScheduled(); // 03:59 Seoul
        assertThat(jobs.live("idempotency.purge:2026-03-02").dueAt()).isEqualTo(Instant.parse("2026-03-01T19:00:00Z"));

        InMemoryJobs later = new InMemoryJobs();
        new IdempotencyKeyPurge(null, new JobBook(later, at(Instant.parse("2026-03-01T19:00:00Z"))),
                at(Instant.parse("2026-03-01T19:00:00Z")), Duration.ofHours(24), LocalTime.of(4, 0)).ensureScheduled();
        assertThat(later.live("idempotency.purge:2026-03-03").dueAt()).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(later.all()).hasSize(1);
    }

    @Test
    void aPurgeForgetsKeysPastTheirRetentionAndSchedulesTomorrows() {
        List<Instant> cutoffs = new ArrayList<>();
        IdempotencyKeyPurge purge = purge(NOW, cutoffs, 17);
        assertThat(purge.type()).isEqualTo(IdempotencyKeyPurge.TYPE);

        purge.handle(Job.from(new JobRequest(IdempotencyKeyPurge.TYPE, "idempotency-keys", "", NOW, "x"), NOW));

        assertThat(cutoffs).containsExactly(NOW.minus(Duration.ofHours(24)));
        assertThat(jobs.all()).singleElement().satisfies(j -> {
            assertThat(j.dedupKey()).isEqualTo("idempotency.purge:2026-03-03");
            assertThat(j.dueAt()).isEqualTo(Instant.parse("2026-03-02T19:00:00Z"));
        });
    }

    @Test
    void aPurgeThatFilledItsBatchGoesOnAtOnce() {
        IdempotencyKeyPurge purge = purge(NOW, new ArrayList<>(), 10_000);

        purge.handle(Job.from(new JobRequest(IdempotencyKeyPurge.TYPE, "idempotency-keys", "", NOW, "x"), NOW));

        assertThat(jobs.all()).extracting(Job::dueAt).containsExactlyInAnyOrder(NOW, Instant.parse("2026-03-02T19:00:00Z"));
        assertThat(jobs.all()).filteredOn(j -> j.dueAt().equals(NOW)).singleElement()
                .satisfies(j -> assertThat(j.subjectId()).isEqualTo("idempotency-keys"));
    }
}

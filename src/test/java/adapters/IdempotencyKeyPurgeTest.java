package adapters;

import static org.assertj.core.api.Assertions.assertThat;

import domain.scheduling.InMemoryJobs;
import domain.scheduling.Job;
import domain.scheduling.JobBook;
import domain.scheduling.JobRequest;
import domain.shared.BusinessCalendar;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The daily purge of idempotency keys (at 04:00 Seoul, keeping keys for 24 hours). */
class IdempotencyKeyPurgeTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z"); // 09:00 in Seoul

    private final InMemoryJobs jobs = new InMemoryJobs();

    private BusinessCalendar at(Instant now) {
        return new BusinessCalendar(Clock.fixed(now, ZoneOffset.UTC));
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
            public int forgetScope(String scope) {
                throw new UnsupportedOperationException();
            }

            @Override
            public int purgeClaimedBefore(Instant cutoff, int limit) {
                assertThat(limit).isEqualTo(10_000);
                cutoffs.add(cutoff);
                return purged;
            }
        };
        return new IdempotencyKeyPurge(requests, new JobBook(jobs, at(now)), at(now), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC),
                Duration.ofHours(24), LocalTime.of(4, 0));
    }

    @Test
    void thePurgeIsScheduledForTodayBeforeItsHourAndForTomorrowFromItOn() {
        purge(Instant.parse("2026-03-01T18:59:00Z"), new ArrayList<>(), 0).ensureScheduled(); // 03:59 Seoul
        assertThat(jobs.live("idempotency.purge:2026-03-02").dueAt()).isEqualTo(Instant.parse("2026-03-01T19:00:00Z"));

        InMemoryJobs later = new InMemoryJobs();
        new IdempotencyKeyPurge(null, new JobBook(later, at(Instant.parse("2026-03-01T19:00:00Z"))),
                at(Instant.parse("2026-03-01T19:00:00Z")), java.time.Clock.systemUTC(), Duration.ofHours(24), LocalTime.of(4, 0)).ensureScheduled();
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

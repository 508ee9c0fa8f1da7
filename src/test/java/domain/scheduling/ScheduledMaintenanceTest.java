package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Canary jobs: due their delay from now, one to 5,000 at a time, each recording when it was due and when it fired. */
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
}

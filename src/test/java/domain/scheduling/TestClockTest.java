package domain.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import domain.shared.SeparateTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TestClockTest {
    private final SandboxClock clock = new SandboxClock(Clock.systemUTC());
    private final BusinessCalendar calendar = new BusinessCalendar(clock);
    private final FakeScheduler scheduler = new FakeScheduler();
    private final List<Duration> stored = new ArrayList<>();
    private boolean failReads;
    private final TestClockOffsets offsets = new TestClockOffsets() {
        @Override
        public Optional<Duration> stored() {
            if (failReads) throw new IllegalStateException("the database is down");
            return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
        }

        @Override
        public void store(Duration offset, Instant movedAt) {
            stored.add(offset);
        }
    };
    private final SeparateTransaction transaction = new SeparateTransaction() {
        @Override
        public <T> T commit(Supplier<T> work) {
            return work.get();
        }
    };

    /** Jobs fall due at set times; each runs (and the time the clock read then is noted) when the clock waits for it. */
    private static final class FakeScheduler implements JobHorizon {
        final TreeSet<Instant> due = new TreeSet<>();
        final List<Instant> ranAt = new ArrayList<>();
        Clock clock;
        boolean connected = true;

        @Override
        public Optional<Instant> earliestDue() {
            return due.isEmpty() ? Optional.empty() : Optional.of(due.first());
        }

        @Override
        public long waitingDueBy(Instant by) {
            if (connected) {
                while (!due.isEmpty() && !due.first().isAfter(by)) {
                    due.pollFirst();
                    ranAt.add(clock.instant());
                }
            }
            return due.headSet(by, true).size();
        }

        @Override
        public int sendAgain(Instant dueBy, Instant sentBefore, int limit) {
            return 0;
        }
    }

    private TestClock on(Duration stepTimeout) {
        scheduler.clock = clock;
        return new TestClock(clock, offsets, scheduler, transaction, calendar, stepTimeout, Runnable::run);
    }

    @Test
    void itStepsToEachDueTimeInOrderAndEndsAtTheTarget() {
        TestClock testClock = on(Duration.ofSeconds(5));
        Instant now = calendar.now();
        Instant target = now.plus(Duration.ofDays(30));
        scheduler.due.add(now.plus(Duration.ofDays(7)));
        scheduler.due.add(now.plus(Duration.ofDays(1)));
        scheduler.due.add(now.plus(Duration.ofDays(40))); // after the target: stays waiting

        AdvanceTestClockUseCase.Status status = testClock.advanceTo(target);

        assertThat(status.state()).isEqualTo(AdvanceTestClockUseCase.State.READY);
        assertThat(status.steps()).isEqualTo(2);
        assertThat(scheduler.ranAt).hasSize(2);
        assertThat(scheduler.ranAt.get(0)).isBetween(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)).plusSeconds(1));
        assertThat(scheduler.ranAt.get(1)).isBetween(now.plus(Duration.ofDays(7)), now.plus(Duration.ofDays(7)).plusSeconds(1));
        assertThat(calendar.now()).isBetween(target, target.plusSeconds(1));
        assertThat(scheduler.due).containsExactly(now.plus(Duration.ofDays(40)));
        assertThat(stored).isNotEmpty();
    }

    @Test
    void itStallsWhereTheJobsDueDoNotRun() {
        TestClock testClock = on(Duration.ofMillis(50));
        Instant now = calendar.now();
        scheduler.due.add(now.plus(Duration.ofDays(1)));
        scheduler.connected = false;

        AdvanceTestClockUseCase.Status status = testClock.advanceTo(now.plus(Duration.ofDays(2)));

        assertThat(status.state()).isEqualTo(AdvanceTestClockUseCase.State.STALLED);
        assertThat(status.detail()).startsWith("1 jobs due by");
        assertThat(calendar.now()).isBefore(now.plus(Duration.ofDays(1)).plusSeconds(1));
    }

    @Test
    void itOnlyMovesForwardAndAtMostFiveYears() {
        TestClock testClock = on(Duration.ofSeconds(1));
        Instant now = calendar.now();
        assertThatThrownBy(() -> testClock.advanceTo(now.minusSeconds(1))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> testClock.advanceTo(null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> testClock.advanceTo(now.plus(Duration.ofDays(5 * 366 + 1)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aStartThatCouldNotReadWhereItWasLeftIsTriedAgainBeforeTheClockIsUsed() {
        TestClock testClock = on(Duration.ofSeconds(1));
        failReads = true;
        assertThatThrownBy(() -> testClock.start(Optional.empty())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(testClock::status).isInstanceOf(domain.shared.StateConflictException.class)
                .hasMessageContaining("could not be read yet");
        failReads = false;
        stored.add(Duration.ofDays(3));
        assertThat(Duration.between(Instant.now(), testClock.status().now()))
                .isBetween(Duration.ofDays(3).minusSeconds(1), Duration.ofDays(3).plusSeconds(1));
    }

    @Test
    void itStartsWhereItWasLeft() {
        stored.add(Duration.ofDays(3));
        on(Duration.ofSeconds(1)).start(Optional.empty());
        assertThat(Duration.between(Instant.now(), calendar.now())).isBetween(Duration.ofDays(3).minusSeconds(1), Duration.ofDays(3).plusSeconds(1));
    }

    @Test
    void whereTheClockIsOffEveryCallIsRefused() {
        TestClock off = new TestClock(null, offsets, scheduler, transaction, calendar, Duration.ofSeconds(1), Runnable::run);
        assertThatThrownBy(off::status).isInstanceOf(TestClockOffException.class);
        assertThatThrownBy(() -> off.advanceTo(Instant.now().plusSeconds(60))).isInstanceOf(TestClockOffException.class);
    }
}

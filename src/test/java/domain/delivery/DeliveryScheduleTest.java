package domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.DeliveryCycle;
import domain.delivery.DeliverySchedule.PlannedCycle;
import domain.delivery.DeliverySchedule.PlannedCycle.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Worked examples of {@link DeliverySchedule} and {@link PauseWindow}; the general rules are in the properties test. */
class DeliveryScheduleTest {

    /** Weekly on Mondays from Monday 2025-01-06, anchored as cycle 0. */
    private final DeliverySchedule mondays = new DeliverySchedule(LocalDate.of(2025, 1, 6), 0,
            new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY));

    private static List<String> describe(List<PlannedCycle> planned) {
        return planned.stream().map(c -> c.cycleNumber() + " " + c.date() + " " + c.status()).toList();
    }

    @Test
    void plansTheNextDueCycles() {
        assertThat(describe(mondays.plan(0, LocalDate.of(2025, 1, 6), 3, null, Set.of()))).containsExactly(
                "0 2025-01-06 DUE",
                "1 2025-01-13 DUE",
                "2 2025-01-20 DUE");
    }

    @Test
    void listsPausedAndSkippedCyclesWithoutMovingTheOthers() {
        PauseWindow pause = new PauseWindow(LocalDate.of(2025, 1, 13), LocalDate.of(2025, 1, 27));
        assertThat(describe(mondays.plan(0, LocalDate.of(2025, 1, 1), 3, pause, Set.of(3)))).containsExactly(
                "0 2025-01-06 DUE",
                "1 2025-01-13 PAUSED",
                "2 2025-01-20 PAUSED",
                "3 2025-01-27 SKIPPED",
                "4 2025-02-03 DUE",
                "5 2025-02-10 DUE");
    }

    @Test
    void anOpenEndedPauseStopsThePlan() {
        PauseWindow pause = new PauseWindow(LocalDate.of(2025, 1, 14), null);
        assertThat(describe(mondays.plan(0, LocalDate.of(2025, 1, 1), 5, pause, Set.of()))).containsExactly(
                "0 2025-01-06 DUE",
                "1 2025-01-13 DUE");
    }

    @Test
    void jumpsOverCyclesInThePastKeepingTheirNumbers() {
        // a year and a bit after the anchor: cycle 53 is Monday 2026-01-12
        List<PlannedCycle> planned = mondays.plan(0, LocalDate.of(2026, 1, 10), 2, null, Set.of());
        assertThat(describe(planned)).containsExactly("53 2026-01-12 DUE", "54 2026-01-19 DUE");
    }

    @Test
    void startsFromTheGivenCycleEvenIfEarlierOnesAreNotBeforeTheDay() {
        assertThat(describe(mondays.plan(4, LocalDate.of(2025, 1, 1), 1, null, Set.of())))
                .containsExactly("4 2025-02-03 DUE");
    }

    @Test
    void cycleNumbersCountFromTheAnchorCycle() {
        DeliverySchedule reanchored = new DeliverySchedule(LocalDate.of(2025, 3, 1), 7, new DeliveryCycle.Monthly(31));
        assertThat(reanchored.dateOf(7)).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(reanchored.dateOf(8)).isEqualTo(LocalDate.of(2025, 4, 30));
        assertThat(describe(reanchored.plan(0, LocalDate.of(2025, 1, 1), 1, null, Set.of())))
                .containsExactly("7 2025-03-31 DUE");
        assertThatThrownBy(() -> reanchored.dateOf(6)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aZeroDueCountPlansNothing() {
        assertThat(mondays.plan(0, LocalDate.of(2025, 1, 1), 0, null, Set.of())).isEmpty();
    }

    @Test
    void stopsAfterAThousandEntriesWhenAlmostEverythingIsSkipped() {
        Set<Integer> skipAll = IntStream.range(0, 5_000).boxed().collect(Collectors.toSet());
        List<PlannedCycle> planned = mondays.plan(0, LocalDate.of(2025, 1, 1), 1, null, skipAll);
        assertThat(planned).hasSize(1_000).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.SKIPPED));
    }

    @Test
    void pauseWindowCoversFromItsStartUpToButNotIncludingItsEnd() {
        PauseWindow pause = new PauseWindow(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 10));
        assertThat(pause.covers(LocalDate.of(2025, 4, 30))).isFalse();
        assertThat(pause.covers(LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(pause.covers(LocalDate.of(2025, 5, 9))).isTrue();
        assertThat(pause.covers(LocalDate.of(2025, 5, 10))).isFalse();
        assertThat(pause.isOpenEnded()).isFalse();
    }

    @Test
    void openEndedPauseCoversEverythingFromItsStart() {
        PauseWindow pause = new PauseWindow(LocalDate.of(2025, 5, 1), null);
        assertThat(pause.isOpenEnded()).isTrue();
        assertThat(pause.covers(LocalDate.of(2025, 4, 30))).isFalse();
        assertThat(pause.covers(LocalDate.of(2099, 1, 1))).isTrue();
    }

    @Test
    void aPauseMustEndAfterItStarts() {
        LocalDate day = LocalDate.of(2025, 5, 1);
        assertThatThrownBy(() -> new PauseWindow(day, day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PauseWindow(day, day.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PauseWindow(null, day)).isInstanceOf(NullPointerException.class);
    }
}

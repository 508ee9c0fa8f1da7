package domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeliveryCycleTest {

    private static List<LocalDate> firstOccurrences(DeliveryCycle cycle, LocalDate start, int count) {
        return LongStream.range(0, count).mapToObj(n -> cycle.occurrence(start, n)).toList();
    }

    @Test
    void monthlyOnThe31stFallsOnTheLastDayOfShorterMonthsAndComesBack() {
        assertThat(firstOccurrences(new DeliveryCycle.Monthly(31), LocalDate.of(2025, 1, 1), 5)).containsExactly(
                LocalDate.of(2025, 1, 31),
                LocalDate.of(2025, 2, 28),
                LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 30),
                LocalDate.of(2025, 5, 31));
    }

    @Test
    void monthlyOnThe31stFallsOnFebruary29thInALeapYear() {
        assertThat(firstOccurrences(new DeliveryCycle.Monthly(31), LocalDate.of(2024, 1, 31), 4)).containsExactly(
                LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 2, 29),
                LocalDate.of(2024, 3, 31),
                LocalDate.of(2024, 4, 30));
    }

    @Test
    void monthlyStartsNextMonthWhenThisMonthsDayHasPassed() {
        assertThat(new DeliveryCycle.Monthly(10).occurrence(LocalDate.of(2025, 3, 11), 0)).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(new DeliveryCycle.Monthly(10).occurrence(LocalDate.of(2025, 3, 10), 0)).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void monthlyOnThe30thStartingOnFebruary28thDeliversThatSameDay() {
        // the clamped day of February is the 28th, which is not before the start
        assertThat(firstOccurrences(new DeliveryCycle.Monthly(30), LocalDate.of(2025, 2, 28), 2))
                .containsExactly(LocalDate.of(2025, 2, 28), LocalDate.of(2025, 3, 30));
    }

    @Test
    void monthlyCrossesTheYearEnd() {
        assertThat(firstOccurrences(new DeliveryCycle.Monthly(15), LocalDate.of(2025, 12, 20), 2))
                .containsExactly(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15));
    }

    @Test
    void everyTwoWeeksOnTuesdayFromAWednesdayStartsTheNextTuesday() {
        LocalDate wednesday = LocalDate.of(2025, 1, 1);
        assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);

        assertThat(firstOccurrences(new DeliveryCycle.Weekly(2, DayOfWeek.TUESDAY), wednesday, 3)).containsExactly(
                LocalDate.of(2025, 1, 7),
                LocalDate.of(2025, 1, 21),
                LocalDate.of(2025, 2, 4));
    }

    @Test
    void weeklyStartsOnTheStartDayWhenItIsTheChosenWeekday() {
        LocalDate tuesday = LocalDate.of(2025, 1, 7);
        assertThat(firstOccurrences(new DeliveryCycle.Weekly(1, DayOfWeek.TUESDAY), tuesday, 2))
                .containsExactly(tuesday, LocalDate.of(2025, 1, 14));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 53, 100})
    void weeklyRejectsIntervalsOutsideOneTo52Weeks(int weeks) {
        assertThatThrownBy(() -> new DeliveryCycle.Weekly(weeks, DayOfWeek.MONDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weeklyAcceptsTheBoundsAndNeedsADay() {
        assertThat(new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY).everyWeeks()).isEqualTo(1);
        assertThat(new DeliveryCycle.Weekly(52, DayOfWeek.MONDAY).everyWeeks()).isEqualTo(52);
        assertThatThrownBy(() -> new DeliveryCycle.Weekly(1, null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 32})
    void monthlyRejectsDaysOutsideOneTo31(int day) {
        assertThatThrownBy(() -> new DeliveryCycle.Monthly(day)).isInstanceOf(IllegalArgumentException.class);
    }
}

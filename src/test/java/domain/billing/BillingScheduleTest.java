package domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** Billing at 09:00 Seoul (00:00 UTC) the day before each delivery. */
class BillingScheduleTest {
    private final BillingSchedule dayBefore = new BillingSchedule(LocalTime.of(9, 0), 1);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    @Test
    void beforeTheBillingTimeTheHorizonIsToday() {
        Instant justBefore = Instant.parse("2026-03-01T23:59:59Z"); // 08:59:59 on March 2 in Seoul

        assertThat(dayBefore.horizon(justBefore)).isEqualTo(MARCH_2);
        assertThat(dayBefore.isDue(MARCH_2, justBefore)).isTrue();
        assertThat(dayBefore.isDue(MARCH_2.plusDays(1), justBefore)).isFalse();
    }

    @Test
    void fromTheBillingTimeOnTomorrowIsDue() {
        Instant exactly = Instant.parse("2026-03-02T00:00:00Z"); // 09:00 on March 2 in Seoul

        assertThat(dayBefore.horizon(exactly)).isEqualTo(MARCH_2.plusDays(1));
        assertThat(dayBefore.isDue(MARCH_2.plusDays(1), exactly)).isTrue();
        assertThat(dayBefore.isDue(MARCH_2.plusDays(2), exactly)).isFalse();
        assertThat(dayBefore.isDue(MARCH_2.minusDays(5), exactly)).isTrue();
    }

    @Test
    void theHorizonFollowsTheSeoulDateNotTheUtcOne() {
        // 00:30 UTC on March 2 is 09:30 in Seoul: past the billing time there, though not in UTC.
        assertThat(dayBefore.horizon(Instant.parse("2026-03-02T00:30:00Z"))).isEqualTo(MARCH_2.plusDays(1));
        // 16:00 UTC on March 1 is already 01:00 on March 2 in Seoul.
        assertThat(dayBefore.horizon(Instant.parse("2026-03-01T16:00:00Z"))).isEqualTo(MARCH_2);
    }

    @Test
    void billingOnTheDayItselfLooksNoFurtherThanToday() {
        BillingSchedule sameDay = new BillingSchedule(LocalTime.of(6, 0), 0);

        assertThat(sameDay.horizon(Instant.parse("2026-03-01T20:59:00Z"))).isEqualTo(MARCH_2.minusDays(1));
        assertThat(sameDay.horizon(Instant.parse("2026-03-01T21:00:00Z"))).isEqualTo(MARCH_2);
        assertThat(sameDay.billsAt(MARCH_2)).isEqualTo(Instant.parse("2026-03-01T21:00:00Z"));
    }

    @Test
    void theNextRunIsTodaysBillingTimeUntilItComesThenTomorrows() {
        assertThat(dayBefore.nextRunAfter(Instant.parse("2026-03-01T23:59:59Z"))).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(dayBefore.nextRunAfter(Instant.parse("2026-03-02T00:00:00Z"))).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(dayBefore.nextRunAfter(Instant.parse("2026-03-02T10:00:00Z"))).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        // 16:00 UTC on March 1 is 01:00 on March 2 in Seoul: the run at 09:00 that day comes next.
        assertThat(dayBefore.nextRunAfter(Instant.parse("2026-03-01T16:00:00Z"))).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
    }

    @Test
    void aDateIsBilledAtTheBillingTimeTheGivenDaysBefore() {
        assertThat(dayBefore.billsAt(MARCH_2)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(new BillingSchedule(LocalTime.of(18, 30), 3).billsAt(MARCH_2)).isEqualTo(Instant.parse("2026-02-27T09:30:00Z"));
    }

    @Test
    void billingIsZeroToThirtyDaysBeforeAtAGivenTime() {
        assertThat(new BillingSchedule(LocalTime.NOON, 0).daysBefore()).isZero();
        assertThat(new BillingSchedule(LocalTime.NOON, 30).daysBefore()).isEqualTo(30);
        assertThatThrownBy(() -> new BillingSchedule(LocalTime.NOON, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillingSchedule(LocalTime.NOON, 31)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillingSchedule(null, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}

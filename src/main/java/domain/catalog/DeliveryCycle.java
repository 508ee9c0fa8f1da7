package domain.catalog;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/** How often a regular-delivery plan delivers, as dates in the Seoul business calendar. */
public sealed interface DeliveryCycle {

    /** The date of the n-th delivery (n = 0, 1, 2 …) of a schedule that starts on {@code start}. */
    LocalDate occurrence(LocalDate start, long n);

    /** Every N weeks on a weekday; the first delivery is on the first such weekday on or after the start. */
    record Weekly(int everyWeeks, DayOfWeek dayOfWeek) implements DeliveryCycle {
        public Weekly {
            if (everyWeeks < 1 || everyWeeks > 52) throw new IllegalArgumentException("everyWeeks out of range");
            java.util.Objects.requireNonNull(dayOfWeek);
        }

        @Override
        public LocalDate occurrence(LocalDate start, long n) {
            LocalDate first = start.with(TemporalAdjusters.nextOrSame(dayOfWeek));
            return first.plusWeeks(n * everyWeeks);
        }
    }

    /**
     * Monthly on a day of the month; in shorter months the delivery falls on the last day
     * (the 31st becomes the 30th or the 28th/29th), and the next month goes back to the chosen day.
     */
    record Monthly(int dayOfMonth) implements DeliveryCycle {
        public Monthly {
            if (dayOfMonth < 1 || dayOfMonth > 31) throw new IllegalArgumentException("dayOfMonth out of range");
        }

        @Override
        public LocalDate occurrence(LocalDate start, long n) {
            YearMonth firstMonth = YearMonth.from(start);
            if (dayIn(firstMonth).isBefore(start)) firstMonth = firstMonth.plusMonths(1);
            return dayIn(firstMonth.plusMonths(n));
        }

        private LocalDate dayIn(YearMonth month) {
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }
    }
}

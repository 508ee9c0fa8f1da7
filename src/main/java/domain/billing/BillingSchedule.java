package domain.billing;

import domain.shared.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When deliveries are billed: {@code daysBefore} their date at {@code billTime}, Seoul time (by default
 * 09:00 the day before). A billing run at any moment bills every unbilled delivery up to its horizon.
 */
public record BillingSchedule(LocalTime billTime, int daysBefore) {

    public BillingSchedule {
        if (billTime == null || daysBefore < 0 || daysBefore > 30) throw new IllegalArgumentException("bill 0 to 30 days before, at a time");
    }

    /** The last delivery date whose billing time has come at {@code now}. */
    public LocalDate horizon(Instant now) {
        ZonedDateTime seoul = now.atZone(BusinessCalendar.SEOUL);
        LocalDate latest = seoul.toLocalDate().plusDays(daysBefore);
        return seoul.toLocalTime().isBefore(billTime) ? latest.minusDays(1) : latest;
    }

    /** The next billing time after {@code now}: when the daily run is due. */
    public Instant nextRunAfter(Instant now) {
        ZonedDateTime seoul = now.atZone(BusinessCalendar.SEOUL);
        ZonedDateTime today = seoul.toLocalDate().atTime(billTime).atZone(BusinessCalendar.SEOUL);
        return (today.isAfter(seoul) ? today : seoul.toLocalDate().plusDays(1).atTime(billTime).atZone(BusinessCalendar.SEOUL)).toInstant();
    }

    /** When something dated {@code date} is billed. */
    public Instant billsAt(LocalDate date) {
        return date.minusDays(daysBefore).atTime(billTime).atZone(BusinessCalendar.SEOUL).toInstant();
    }

    public boolean isDue(LocalDate deliveryDate, Instant now) {
        return !deliveryDate.isAfter(horizon(now));
    }
}

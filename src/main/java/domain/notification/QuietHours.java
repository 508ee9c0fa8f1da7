package domain.notification;

import domain.shared.BusinessCalendar;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** The night in Seoul (by default 21:00 to 08:00) when nothing that can wait is sent. */
public record QuietHours(LocalTime from, LocalTime until) {
    public static final QuietHours SEOUL_NIGHT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    public QuietHours {
        if (from == null || until == null || !until.isBefore(from)) throw new IllegalArgumentException("quiet hours run over midnight");
    }

    /** {@code at}, or the end of the quiet hours it falls in. */
    public Instant notBefore(Instant at) {
        ZonedDateTime seoul = at.atZone(BusinessCalendar.SEOUL);
        LocalTime time = seoul.toLocalTime();
        if (time.isBefore(until)) return seoul.toLocalDate().atTime(until).atZone(BusinessCalendar.SEOUL).toInstant();
        if (!time.isBefore(from)) return seoul.toLocalDate().plusDays(1).atTime(until).atZone(BusinessCalendar.SEOUL).toInstant();
        return at;
    }
}

package domain.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Seoul dates; instants stay in UTC. */
public final class BusinessCalendar {
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final Clock clock;

    public BusinessCalendar(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(SEOUL));
    }

    public java.time.Instant now() {
        // PostgreSQL keeps microseconds; truncating here keeps stored and returned instants equal.
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}

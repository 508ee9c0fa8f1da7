package domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void theNightInSeoulWaitsForEightInTheMorning() {
        assertThat(notBefore("2026-12-07T20:59")).isEqualTo(seoul("2026-12-07T20:59"));
        assertThat(notBefore("2026-12-07T21:00")).isEqualTo(seoul("2026-12-08T08:00"));
        assertThat(notBefore("2026-12-07T23:59")).isEqualTo(seoul("2026-12-08T08:00"));
        assertThat(notBefore("2026-12-08T00:00")).isEqualTo(seoul("2026-12-08T08:00"));
        assertThat(notBefore("2026-12-08T07:59")).isEqualTo(seoul("2026-12-08T08:00"));
        assertThat(notBefore("2026-12-08T08:00")).isEqualTo(seoul("2026-12-08T08:00"));
        // The last night of the year waits into the next one.
        assertThat(notBefore("2026-12-31T22:30")).isEqualTo(seoul("2027-01-01T08:00"));
    }

    private static Instant notBefore(String seoulTime) {
        return QuietHours.SEOUL_NIGHT.notBefore(seoul(seoulTime));
    }

    private static Instant seoul(String time) {
        return LocalDateTime.parse(time).atZone(SEOUL).toInstant();
    }
}

package domain.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Outbound port: how far ahead of real time the test clock runs, kept across restarts. */
public interface TestClockOffsets {
    Optional<Duration> stored();

    void store(Duration offset, Instant movedAt);
}

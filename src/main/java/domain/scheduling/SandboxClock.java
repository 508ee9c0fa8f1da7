package domain.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A test clock's time: real time moved forward by an offset. It keeps ticking like the real clock
 * (retries, settle delays and the scheduler's own waits still pass); an advance adds to the offset.
 * Every view made by {@link #withZone} follows the same offset.
 */
public final class SandboxClock extends Clock {
    private final Clock real;
    private volatile Duration offset = Duration.ZERO;

    public SandboxClock(Clock real) {
        this.real = real;
    }

    @Override
    public Instant instant() {
        return real.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        SandboxClock shared = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return shared.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return shared.withZone(other);
            }
        };
    }

    Duration offset() {
        return offset;
    }

    void setOffset(Duration offset) {
        this.offset = offset;
    }

    /** The offset at which the clock reads {@code at} now. */
    Duration offsetFor(Instant at) {
        return Duration.between(real.instant(), at);
    }

    /** Moves the clock so that it reads {@code at} now. */
    void moveTo(Instant at) {
        offset = offsetFor(at);
    }
}

package domain.scheduling;

import java.time.Duration;

/**
 * How often a failing job is tried and how long it waits in between: the first retry waits
 * {@code firstBackoff}, each later one twice as long as the one before, never more than {@code maxBackoff}.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff) {
    public RetryPolicy {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1");
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must be positive and the first no larger than the maximum");
        }
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    public Duration backoffAfter(int failures) {
        Duration wait = firstBackoff;
        for (int i = 1; i < failures && wait.compareTo(maxBackoff) < 0; i++) wait = wait.multipliedBy(2);
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}

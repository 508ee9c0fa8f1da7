package domain.webhook;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed message is tried again: the Standard Webhooks schedule (the first attempt at once, then after 5 s,
 * 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h and 24 h), each delay moved by up to a fifth either way so that the
 * retries of many messages do not arrive together. A receiver's {@code Retry-After} is honoured instead, up to a day.
 */
public final class WebhookRetrySchedule {
    public static final List<Duration> STANDARD = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(14), Duration.ofHours(20),
            Duration.ofHours(24));
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(1);

    private final List<Duration> delays;
    private final DoubleSupplier random;

    /** @param random a number in [0, 1) for the jitter */
    public WebhookRetrySchedule(List<Duration> delays, DoubleSupplier random) {
        this.delays = List.copyOf(delays);
        this.random = random;
    }

    /** How long after attempt {@code attemptsMade} failed the next one is made; none when that was the last. */
    public Optional<Duration> after(int attemptsMade, Duration retryAfter) {
        if (attemptsMade < 1 || attemptsMade > delays.size()) return Optional.empty();
        if (retryAfter != null && !retryAfter.isNegative()) {
            return Optional.of(retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter);
        }
        Duration delay = delays.get(attemptsMade - 1);
        long millis = delay.toMillis();
        long jitter = Math.round(millis * 0.2 * (2 * random.getAsDouble() - 1));
        return Optional.of(Duration.ofMillis(millis + jitter));
    }
}

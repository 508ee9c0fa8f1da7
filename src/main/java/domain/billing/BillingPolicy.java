package domain.billing;

import java.time.Duration;
import java.util.List;

/**
 * How billing goes on after a failed charge: retries after each of {@code retryDelays} (counted from
 * the attempt before), then the delivery is cancelled as unpaid; {@code unpaidCyclesToSuspend} unpaid
 * cycles in a row suspend the subscription. A run charges up to {@code batchSize} deliveries per transaction.
 */
public record BillingPolicy(List<Duration> retryDelays, int unpaidCyclesToSuspend, int batchSize) {

    public BillingPolicy {
        retryDelays = List.copyOf(retryDelays);
        if (retryDelays.isEmpty() || unpaidCyclesToSuspend < 1 || batchSize < 1) {
            throw new IllegalArgumentException("at least one retry, suspend after 1 or more, batches of 1 or more");
        }
    }

    /** Whether another attempt follows when {@code failedAttempts} attempts (the billing run's included) have failed. */
    boolean retriesAfter(int failedAttempts) {
        return failedAttempts <= retryDelays.size();
    }

    Duration delayAfter(int failedAttempts) {
        return retryDelays.get(failedAttempts - 1);
    }

    /** How long after the {@code failedAttempts}-th failed attempt the next one is made; none after the last. */
    public java.util.Optional<Duration> nextRetryAfter(int failedAttempts) {
        return failedAttempts >= 1 && retriesAfter(failedAttempts) ? java.util.Optional.of(delayAfter(failedAttempts)) : java.util.Optional.empty();
    }
}

package adapters.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many requests each caller may make: a token bucket per API key and per user (Bucket4j), refilled
 * evenly over the policy's period, so a caller may burst up to the whole quota and then goes on at its
 * rate. Buckets live in this instance's memory: with N instances behind a balancer that spreads a caller's
 * requests over all of them, that caller may make up to N times the quota (README, "Rate limits"). A bucket
 * idle for a whole period is full again, so it is dropped then, and the memory follows the active callers.
 */
@Singleton
public class RateLimits {
    /** A quota: its name in the RateLimit headers, requests per period. */
    public record Policy(String name, long requests, Duration period) {
        String header() {
            return "\"%s\";q=%d;w=%d".formatted(name, requests, period.toSeconds());
        }
    }

    /** What one request took from its caller's bucket. */
    public record Decision(Policy policy, boolean allowed, long remaining, long secondsToWait, long secondsToFull) {
        String header() {
            return "\"%s\";r=%d;t=%d".formatted(policy.name(), remaining, allowed ? secondsToFull : secondsToWait);
        }
    }

    private final boolean enabled;
    private final Policy users;
    private final Policy apiKeys;
    private final Cache<String, Bucket> buckets;

    RateLimits(@ConfigProperty(name = "gudok.rate-limit.enabled", defaultValue = "true") boolean enabled,
               @ConfigProperty(name = "gudok.rate-limit.user.requests", defaultValue = "300") long userRequests,
               @ConfigProperty(name = "gudok.rate-limit.user.period", defaultValue = "1M") Duration userPeriod,
               @ConfigProperty(name = "gudok.rate-limit.api-key.requests", defaultValue = "1200") long keyRequests,
               @ConfigProperty(name = "gudok.rate-limit.api-key.period", defaultValue = "1M") Duration keyPeriod) {
        this.enabled = enabled;
        this.users = new Policy("user", userRequests, userPeriod);
        this.apiKeys = new Policy("api-key", keyRequests, keyPeriod);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(userPeriod.compareTo(keyPeriod) > 0 ? userPeriod : keyPeriod).build();
    }

    boolean enabled() {
        return enabled;
    }

    Decision forUser(String userId) {
        return take("user:" + userId, users);
    }

    Decision forApiKey(String keyId) {
        return take("key:" + keyId, apiKeys);
    }

    private Decision take(String caller, Policy policy) {
        Bucket bucket = buckets.get(caller, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(policy.requests()).refillGreedy(policy.requests(), policy.period()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(policy, probe.isConsumed(), probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForRefill()), seconds(probe.getNanosToWaitForReset()));
    }

    private static long seconds(long nanos) {
        return Math.max(0, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}

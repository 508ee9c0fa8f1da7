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
 * How many requests each caller may make: a token bucket per user and per shop (Bucket4j), refilled
 * evenly over the policy's period, so a caller may burst up to the whole quota and then goes on at its
 * rate. Buckets live in this instance's memory: with N instances behind a balancer that spreads a caller's
 * requests over all of them, that caller may make up to N times the quota (README, "Rate limits"). A bucket
 * idle for a whole period is full again, so it is dropped then, and the memory follows the active callers.
 * A shop's API keys share the shop's bucket: counted per key, a shop could multiply its quota by issuing
 * keys (each new key a full bucket, and revoked ones make room under the 10-key cap).
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
    private final Policy shops;
    private final Cache<String, Bucket> buckets;

    RateLimits(@ConfigProperty(name = "gudok.rate-limit.enabled", defaultValue = "true") boolean enabled,
               @ConfigProperty(name = "gudok.rate-limit.user.requests", defaultValue = "300") long userRequests,
               @ConfigProperty(name = "gudok.rate-limit.user.period", defaultValue = "1M") Duration userPeriod,
               @ConfigProperty(name = "gudok.rate-limit.shop.requests", defaultValue = "1200") long shopRequests,
               @ConfigProperty(name = "gudok.rate-limit.shop.period", defaultValue = "1M") Duration shopPeriod) {
        if (userRequests < 1 || shopRequests < 1 || userPeriod.toSeconds() < 1 || shopPeriod.toSeconds() < 1) {
            throw new IllegalArgumentException("gudok.rate-limit: quotas must allow at least 1 request in at least 1 second");
        }
        this.enabled = enabled;
        this.users = new Policy("user", userRequests, userPeriod);
        this.shops = new Policy("shop", shopRequests, shopPeriod);
        this.buckets = Caffeine.newBuilder().expireAfterAccess(userPeriod.compareTo(shopPeriod) > 0 ? userPeriod : shopPeriod).build();
    }

    boolean enabled() {
        return enabled;
    }

    Decision forUser(String userId) {
        return take("user:" + userId, users);
    }

    Decision forShop(String shopId) {
        return take("shop:" + shopId, shops);
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

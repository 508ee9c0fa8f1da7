package adapters.rabbitmq;

import java.time.Duration;

/**
 * Delays as a path through delay tiers. Tier k is a queue whose messages all wait 2^k ms, so expiry
 * stays in arrival order and a short wait never sits behind a long one. The delay less a lead time of
 * {@value #LEAD_MILLIS} ms is rounded down to whole units of the smallest tier (2^{@value #LOWEST} ms =
 * 4,096 ms) and written in binary: the message visits, from the longest tier down, exactly the tiers
 * whose bit is set, then the ready queue. It arrives between the lead time and the lead time plus one
 * unit before its due time, and the consumer holds it for the rest, which is exact. The lead time
 * absorbs the time the hops themselves take (each hop through a quorum queue with at-least-once
 * dead-lettering costs tens of milliseconds under load), and the whole units spare the hops through
 * tiers shorter than 4 s.
 *
 * <p>The routing key carries the bits, one word per tier from the highest down. Every binding pattern
 * is exactly as long as the key and made of literal words and {@code *} only (no {@code #}), and each
 * hop is routed by one exchange straight to the next queue: RabbitMQ's topic matching is cheap for such
 * patterns, while chains of exchanges and {@code #} cost it milliseconds per message.
 *
 * <p>With tiers 12 to 35 the longest delay is (2^24 - 1) x 4,096 ms, about 795 days.
 */
public final class DelayTiers {
    static final int LOWEST = 12;
    static final int HIGHEST = 35;
    static final long UNIT_MILLIS = 1L << LOWEST;
    static final long LEAD_MILLIS = 500;
    static final Duration LONGEST = Duration.ofMillis(((1L << (HIGHEST - LOWEST + 1)) - 1) * UNIT_MILLIS);

    private DelayTiers() { }

    /** The routing key that makes a message wait as long as it can, up to {@code delay} less the lead time. */
    static String routingKey(Duration delay) {
        long units = units(delay.minusMillis(LEAD_MILLIS));
        StringBuilder key = new StringBuilder(2 * (HIGHEST - LOWEST + 1));
        for (int tier = HIGHEST; tier >= LOWEST; tier--) {
            if (tier < HIGHEST) key.append('.');
            key.append((units >>> (tier - LOWEST) & 1) == 1 ? '1' : '0');
        }
        return key.toString();
    }

    /** The delay in whole units, rounded down, capped at the longest delay the tiers hold. */
    static long units(Duration delay) {
        if (delay.isNegative() || delay.isZero()) return 0;
        if (delay.compareTo(LONGEST) >= 0) return LONGEST.toMillis() / UNIT_MILLIS;
        return delay.toMillis() / UNIT_MILLIS;
    }

    /** How long a message with this key waits in all: the sum of the tiers its bits name. */
    static Duration totalWait(String routingKey) {
        String[] words = routingKey.split("\\.");
        long millis = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals("1")) millis += ttlMillis(HIGHEST - i);
        }
        return Duration.ofMillis(millis);
    }

    static long ttlMillis(int tier) {
        return 1L << tier;
    }

    /**
     * The pattern of keys whose next tier below {@code above} is {@code tier}: any bits from {@code above}
     * up (they were waited already), zeros between, a one at {@code tier}, anything below. With
     * {@code tier} = {@link #READY}: zeros all the way down. {@code above} = {@link #ENTRY} for a new message.
     */
    static String pattern(int above, int tier) {
        StringBuilder pattern = new StringBuilder();
        for (int t = HIGHEST; t >= LOWEST; t--) {
            if (t < HIGHEST) pattern.append('.');
            if (t >= above) pattern.append('*');
            else if (t > tier) pattern.append('0');
            else if (t == tier) pattern.append('1');
            else pattern.append('*');
        }
        return pattern.toString();
    }

    /** {@link #pattern}'s tier for "no tier left: ready". */
    static final int READY = LOWEST - 1;
    /** {@link #pattern}'s {@code above} for a message that has waited in no tier yet. */
    static final int ENTRY = HIGHEST + 1;
}

package adapters.rabbitmq;

import java.time.Duration;

/**
 * Delays as a path through delay tiers. Tier k is a queue whose messages all wait 2^k ms, so expiry
 * stays in arrival order and a short wait never sits behind a long one. A delay is rounded up to whole
 * units of the smallest tier (2^{@value #LOWEST} ms = 64 ms) and written in binary: the message visits,
 * from the longest tier down, exactly the tiers whose bit is set, then the ready queue.
 *
 * <p>The routing key carries the bits, one word per tier from the highest down. Every binding pattern
 * is exactly as long as the key and made of literal words and {@code *} only (no {@code #}), and each
 * hop is routed by one exchange straight to the next queue: RabbitMQ's topic matching is cheap for such
 * patterns, while chains of exchanges and {@code #} cost it milliseconds per message.
 *
 * <p>With tiers 6 to 35 the longest delay is (2^30 - 1) x 64 ms, about 795 days.
 */
public final class DelayTiers {
    static final int LOWEST = 6;
    static final int HIGHEST = 35;
    static final long UNIT_MILLIS = 1L << LOWEST;
    static final Duration LONGEST = Duration.ofMillis(((1L << (HIGHEST - LOWEST + 1)) - 1) * UNIT_MILLIS);

    private DelayTiers() { }

    /** The routing key that makes a message wait at least {@code delay} (none when it is not positive). */
    static String routingKey(Duration delay) {
        long units = units(delay);
        StringBuilder key = new StringBuilder(2 * (HIGHEST - LOWEST + 1));
        for (int tier = HIGHEST; tier >= LOWEST; tier--) {
            if (tier < HIGHEST) key.append('.');
            key.append((units >>> (tier - LOWEST) & 1) == 1 ? '1' : '0');
        }
        return key.toString();
    }

    /** The delay rounded up to whole units, capped at the longest delay the tiers hold. */
    static long units(Duration delay) {
        if (delay.isNegative() || delay.isZero()) return 0;
        if (delay.compareTo(LONGEST) >= 0) return LONGEST.toMillis() / UNIT_MILLIS;
        long millis = delay.toMillis() + (delay.toNanosPart() % 1_000_000 == 0 ? 0 : 1);
        return (millis + UNIT_MILLIS - 1) / UNIT_MILLIS;
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

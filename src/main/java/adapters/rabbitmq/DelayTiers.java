package adapters.rabbitmq;

import java.time.Duration;

/**
 * Delays as a path through delay tiers. Tier k is a queue whose messages all wait 2^k ms, so expiry
 * stays in arrival order and a short wait never sits behind a long one. A delay is rounded up to whole
 * units of the smallest tier (2^{@value #LOWEST} ms = 64 ms) and written in binary: the message visits,
 * from the longest tier down, exactly the tiers whose bit is set. The routing key carries the bits, one
 * word per tier from the highest down, and each tier's exchange routes on its own word: a 1 into its
 * queue, a 0 on to the next lower tier's exchange. A queue dead-letters to the next lower exchange,
 * keeping the routing key, and the lowest tier ends in the due exchange.
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

    /** The binding pattern that matches keys whose word for {@code tier} is {@code bit}. */
    static String pattern(int tier, char bit) {
        return "*.".repeat(HIGHEST - tier) + bit + ".#";
    }
}

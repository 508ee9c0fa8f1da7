package adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DelayTiersTest {

    @Property
    void aMessageArrivesWithinOneUnitAfterTheLeadTimeBeforeItIsDue(@ForAll @LongRange(min = 1, max = 68_000_000_000L) long millis) {
        Duration wait = DelayTiers.totalWait(DelayTiers.routingKey(Duration.ofMillis(millis)));
        long early = millis - wait.toMillis();
        assertThat(early).isGreaterThanOrEqualTo(Math.min(millis, DelayTiers.LEAD_MILLIS));
        assertThat(early).isLessThan(DelayTiers.LEAD_MILLIS + DelayTiers.UNIT_MILLIS);
    }

    @Test
    void theKeyHasOneWordPerTierFromTheLongestDown() {
        String key = DelayTiers.routingKey(Duration.ofMillis(DelayTiers.LEAD_MILLIS + 4096 + 16384 + 999));
        assertThat(key.split("\\.")).hasSize(24);
        assertThat(key).endsWith("1.0.1");
        assertThat(DelayTiers.totalWait(key)).isEqualTo(Duration.ofMillis(20480));
    }

    /** The consumer holds such a message for the rest of its wait. */
    @Test
    void delaysUnderOneUnitGoStraightToReady() {
        assertThat(DelayTiers.routingKey(Duration.ofMillis(50))).doesNotContain("1");
        assertThat(DelayTiers.routingKey(Duration.ofMillis(DelayTiers.LEAD_MILLIS + 4095))).doesNotContain("1");
    }

    @Test
    void aPastOrZeroDelayGoesStraightThrough() {
        assertThat(DelayTiers.routingKey(Duration.ZERO)).doesNotContain("1");
        assertThat(DelayTiers.routingKey(Duration.ofSeconds(-5))).doesNotContain("1");
    }

    /** The job then arrives early and is sent again for the rest of its wait. */
    @Test
    void delaysBeyondTheTiersWaitTheLongestTheyHold() {
        assertThat(DelayTiers.LONGEST).isGreaterThan(Duration.ofDays(790));
        assertThat(DelayTiers.totalWait(DelayTiers.routingKey(Duration.ofDays(5000)))).isEqualTo(DelayTiers.LONGEST);
        assertThat(DelayTiers.LONGEST.toMillis() % DelayTiers.UNIT_MILLIS).isZero();
    }

    @Test
    void patternsAreAsLongAsTheKeyAndHaveNoHash() {
        assertThat(DelayTiers.pattern(DelayTiers.ENTRY, 35)).isEqualTo("1" + ".*".repeat(23));
        assertThat(DelayTiers.pattern(DelayTiers.ENTRY, DelayTiers.READY)).isEqualTo("0" + ".0".repeat(23));
        assertThat(DelayTiers.pattern(14, 12)).isEqualTo("*.".repeat(22) + "0.1");
        assertThat(DelayTiers.pattern(13, DelayTiers.READY)).isEqualTo("*.".repeat(23) + "0");
    }

    /** Routes a key the way the topology's bindings do and sums the tiers it waits in. */
    @Property
    void theBindingsLeadAMessageThroughExactlyTheTiersOfItsBitsThenToReady(
            @ForAll @LongRange(min = 0, max = 68_000_000_000L) long millis) {
        String key = DelayTiers.routingKey(Duration.ofMillis(millis));
        long waited = 0;
        int above = DelayTiers.ENTRY;
        while (true) {
            int next = nextHop(key, above);
            if (next == DelayTiers.READY) break;
            assertThat(next).isLessThan(above);
            waited += DelayTiers.ttlMillis(next);
            above = next;
        }
        assertThat(Duration.ofMillis(waited)).isEqualTo(DelayTiers.totalWait(key));
    }

    /** The one binding of the exchange after tier {@code above} that matches the key. */
    private static int nextHop(String key, int above) {
        int found = Integer.MIN_VALUE;
        for (int tier = DelayTiers.READY; tier < Math.min(above, DelayTiers.HIGHEST + 1); tier++) {
            if (tier != DelayTiers.READY && tier < DelayTiers.LOWEST) continue;
            if (matches(DelayTiers.pattern(above, tier), key)) {
                assertThat(found).as("only one binding matches %s", key).isEqualTo(Integer.MIN_VALUE);
                found = tier;
            }
        }
        assertThat(found).as("some binding matches %s after tier %d", key, above).isNotEqualTo(Integer.MIN_VALUE);
        return found;
    }

    private static boolean matches(String pattern, String key) {
        String[] p = pattern.split("\\.");
        String[] k = key.split("\\.");
        if (p.length != k.length) return false;
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals("*") && !p[i].equals(k[i])) return false;
        }
        return true;
    }
}

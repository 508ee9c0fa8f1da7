package adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class DelayTiersTest {

    @Property
    void aMessageWaitsItsDelayRoundedUpToOneUnitAndNeverLess(@ForAll @LongRange(min = 1, max = 68_000_000_000L) long millis) {
        Duration wait = DelayTiers.totalWait(DelayTiers.routingKey(Duration.ofMillis(millis)));
        assertThat(wait).isGreaterThanOrEqualTo(Duration.ofMillis(millis));
        assertThat(wait.toMillis() - millis).isLessThan(DelayTiers.UNIT_MILLIS);
    }

    @Test
    void theKeyHasOneWordPerTierFromTheLongestDown() {
        String key = DelayTiers.routingKey(Duration.ofMillis(64 + 256));
        assertThat(key.split("\\.")).hasSize(30);
        assertThat(key).endsWith("1.0.1");
        assertThat(DelayTiers.totalWait(key)).isEqualTo(Duration.ofMillis(320));
    }

    @Test
    void shortAndOddDelaysRoundUp() {
        assertThat(DelayTiers.totalWait(DelayTiers.routingKey(Duration.ofMillis(50)))).isEqualTo(Duration.ofMillis(64));
        assertThat(DelayTiers.totalWait(DelayTiers.routingKey(Duration.ofNanos(64_000_001)))).isEqualTo(Duration.ofMillis(128));
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
    }

    @Test
    void eachTierRoutesOnItsOwnWord() {
        assertThat(DelayTiers.pattern(35, '1')).isEqualTo("1.#");
        assertThat(DelayTiers.pattern(6, '0')).isEqualTo("*.".repeat(29) + "0.#");
    }
}

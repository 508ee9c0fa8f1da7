package domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingPolicyTest {
    private static final List<Duration> TWO_RETRIES = List.of(Duration.ofHours(1), Duration.ofHours(6));

    @Test
    void afterEachFailureUpToTheNumberOfRetriesAnotherAttemptFollows() {
        BillingPolicy policy = new BillingPolicy(TWO_RETRIES, 3, 100);

        assertThat(policy.retriesAfter(1)).isTrue();
        assertThat(policy.retriesAfter(2)).isTrue();
        assertThat(policy.retriesAfter(3)).isFalse();
    }

    @Test
    void eachRetryWaitsItsOwnDelay() {
        BillingPolicy policy = new BillingPolicy(TWO_RETRIES, 3, 100);

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofHours(1));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void thePolicyKeepsItsOwnCopyOfTheDelays() {
        List<Duration> delays = new ArrayList<>(TWO_RETRIES);
        BillingPolicy policy = new BillingPolicy(delays, 3, 100);
        delays.clear();

        assertThat(policy.retryDelays()).containsExactlyElementsOf(TWO_RETRIES);
        assertThat(policy.retriesAfter(2)).isTrue();
    }

    @Test
    void itNeedsARetryAndSuspendsAndBatchesByOneOrMore() {
        BillingPolicy smallest = new BillingPolicy(List.of(Duration.ofMinutes(5)), 1, 1);
        assertThat(smallest.unpaidCyclesToSuspend()).isEqualTo(1);
        assertThat(smallest.batchSize()).isEqualTo(1);

        assertThatThrownBy(() -> new BillingPolicy(List.of(), 3, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillingPolicy(TWO_RETRIES, 0, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BillingPolicy(TWO_RETRIES, 3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package contract;

import static contract.Surroundings.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.PlanKind;
import domain.subscription.SkippedDays;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The days subscribers skipped: a set of days per subscription, each day once, read from a day on. */
public abstract class SkippedDaysContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();

    protected abstract SkippedDays skippedDays();

    protected abstract Surroundings surroundings();

    @Test
    void theSkippedDaysAreReadFromADayOn() {
        inTransaction(() -> {
            UUID subscription = subscription();
            LocalDate first = FIRST_DAY;
            LocalDate second = FIRST_DAY.plusWeeks(1);
            LocalDate third = FIRST_DAY.plusWeeks(2);
            skippedDays().add(subscription, List.of(third, first, second));

            assertThat(skippedDays().from(subscription, second)).containsExactlyInAnyOrder(second, third);
            assertThat(skippedDays().from(subscription, third.plusDays(1))).isEmpty();
            assertThat(skippedDays().from(subscription(), first)).as("another subscription's").isEmpty();
        });
    }

    @Test
    void aDaySkippedTwiceIsSkippedOnce() {
        inTransaction(() -> {
            UUID subscription = subscription();
            skippedDays().add(subscription, List.of(FIRST_DAY, FIRST_DAY));
            skippedDays().add(subscription, List.of(FIRST_DAY));

            assertThat(skippedDays().from(subscription, FIRST_DAY)).containsExactly(FIRST_DAY);
        });
    }

    @Test
    void aDayUnskippedIsNoLongerSkipped() {
        inTransaction(() -> {
            UUID subscription = subscription();
            skippedDays().add(subscription, List.of(FIRST_DAY, FIRST_DAY.plusWeeks(1)));

            skippedDays().remove(subscription, List.of(FIRST_DAY, FIRST_DAY.plusWeeks(5)));

            assertThat(skippedDays().from(subscription, FIRST_DAY)).containsExactly(FIRST_DAY.plusWeeks(1));
        });
    }

    private UUID subscription() {
        return surroundings().subscription(user, PlanKind.REGULAR_DELIVERY).id();
    }
}

package domain.subscription;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Outbound port: the days a subscriber skipped, per subscription. A skip is of a day ("not on the 15th"), so it
 * is kept apart from the delivery records, which a plan change replaces: whatever plan delivers on that day
 * later, its delivery there is written skipped.
 */
public interface SkippedDays {

    void add(UUID subscriptionId, Collection<LocalDate> days);

    void remove(UUID subscriptionId, Collection<LocalDate> days);

    /** The subscription's skipped days from {@code from} on. */
    Set<LocalDate> from(UUID subscriptionId, LocalDate from);
}

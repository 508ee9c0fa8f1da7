package simulation;

import domain.subscription.SkippedDays;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** The days subscribers skipped; like the table's primary key, a day is recorded once. */
public final class SimSkippedDays implements SkippedDays {
    private final TxMap<UUID, Set<LocalDate>> days = TxMap.inserted();

    @Override
    public void add(UUID subscriptionId, Collection<LocalDate> added) {
        Set<LocalDate> all = new HashSet<>(days.get(subscriptionId) == null ? Set.of() : days.get(subscriptionId));
        all.addAll(added);
        days.put(subscriptionId, Set.copyOf(all));
    }

    @Override
    public void remove(UUID subscriptionId, Collection<LocalDate> removed) {
        Set<LocalDate> all = new HashSet<>(days.get(subscriptionId) == null ? Set.of() : days.get(subscriptionId));
        all.removeAll(removed);
        days.put(subscriptionId, Set.copyOf(all));
    }

    @Override
    public Set<LocalDate> from(UUID subscriptionId, LocalDate from) {
        Set<LocalDate> all = days.get(subscriptionId);
        if (all == null) return Set.of();
        Set<LocalDate> ahead = new HashSet<>();
        for (LocalDate day : all) if (!day.isBefore(from)) ahead.add(day);
        return ahead;
    }

    /** Every subscription's skipped days, each set in day order. */
    java.util.Map<UUID, java.util.SortedSet<LocalDate>> all() {
        java.util.Map<UUID, java.util.SortedSet<LocalDate>> all = new java.util.LinkedHashMap<>();
        for (UUID subscription : days.keySet()) all.put(subscription, new java.util.TreeSet<>(days.get(subscription)));
        return all;
    }
}

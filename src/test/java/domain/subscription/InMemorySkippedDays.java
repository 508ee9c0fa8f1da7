package domain.subscription;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@link SkippedDays} in a map, for domain tests. */
final class InMemorySkippedDays implements SkippedDays {
    private final Map<UUID, Set<LocalDate>> days = new HashMap<>();

    @Override
    public void add(UUID subscriptionId, Collection<LocalDate> added) {
        days.computeIfAbsent(subscriptionId, id -> new HashSet<>()).addAll(added);
    }

    @Override
    public void remove(UUID subscriptionId, Collection<LocalDate> removed) {
        days.getOrDefault(subscriptionId, new HashSet<>()).removeAll(removed);
    }

    @Override
    public Set<LocalDate> from(UUID subscriptionId, LocalDate from) {
        return days.getOrDefault(subscriptionId, Set.of()).stream().filter(d -> !d.isBefore(from)).collect(Collectors.toSet());
    }
}

package domain.classification;

import domain.classification.Memberships.Membership;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What one change of an item did to one owner's filters of one purpose: the pools it joined (or left), or the alerts it
 * matched. One such event per item and owner, not one per filter: an item joins tens of pools at once, and those
 * who act on it (a shop, a user's notifications, the platform's curators) want one message that lists them.
 */
public record ItemMatches(ItemKey item, FilterPurpose purpose, String owner, List<UUID> filterIds, Instant at) {
    /** Filters one event names at most (~40 KB of data): an item matching more is told in several, well under Kafka's 1 MB. */
    public static final int MAX_FILTERS = 1_000;

    public ItemMatches {
        Objects.requireNonNull(item);
        filterIds = List.copyOf(filterIds);
        if (filterIds.isEmpty() || filterIds.size() > MAX_FILTERS) {
            throw new IllegalArgumentException("an item's matches name 1 to " + MAX_FILTERS + " filters");
        }
    }

    /**
     * The memberships grouped by item, then by owner and purpose, in the order first met (a group of more than
     * {@link #MAX_FILTERS} in several); unknown filters left out.
     */
    public static List<ItemMatches> group(Collection<Membership> memberships, Map<UUID, FilterOwnership> filters, Instant at) {
        record Group(ItemKey item, FilterPurpose purpose, String owner) { }
        Map<Group, List<UUID>> groups = new LinkedHashMap<>();
        for (Membership m : memberships) {
            FilterOwnership filter = filters.get(m.filter());
            if (filter == null) continue;
            groups.computeIfAbsent(new Group(m.item(), filter.purpose(), filter.owner()), g -> new ArrayList<>()).add(m.filter());
        }
        List<ItemMatches> all = new ArrayList<>(groups.size());
        groups.forEach((g, ids) -> {
            for (int from = 0; from < ids.size(); from += MAX_FILTERS) {
                all.add(new ItemMatches(g.item(), g.purpose(), g.owner(), ids.subList(from, Math.min(ids.size(), from + MAX_FILTERS)), at));
            }
        });
        return all;
    }
}

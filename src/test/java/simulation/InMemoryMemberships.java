package simulation;

import domain.classification.ItemKey;
import domain.classification.Memberships;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Pools' members and alerts' matches in maps, for domain tests (held to the same contract as PostgreSQL's). */
public final class InMemoryMemberships implements Memberships {
    private final Map<UUID, Map<ItemKey, Instant>> pools = new HashMap<>();
    private final Map<UUID, Map<ItemKey, Instant>> alerts = new HashMap<>();

    @Override
    public Map<ItemKey, Set<UUID>> lockPoolsOf(Collection<ItemKey> items) {
        Map<ItemKey, Set<UUID>> found = new HashMap<>();
        pools.forEach((pool, members) -> {
            for (ItemKey item : items) if (members.containsKey(item)) found.computeIfAbsent(item, k -> new HashSet<>()).add(pool);
        });
        return found;
    }

    @Override
    public void join(Collection<Membership> joining, Instant at) {
        for (Membership m : joining) pools.computeIfAbsent(m.filter(), p -> new LinkedHashMap<>()).putIfAbsent(m.item(), at);
    }

    @Override
    public void leave(Collection<Membership> leaving) {
        for (Membership m : leaving) {
            Map<ItemKey, Instant> members = pools.get(m.filter());
            if (members != null) members.remove(m.item());
        }
    }

    @Override
    public Set<Membership> recordAlertMatches(Collection<Membership> matches, Instant at) {
        Set<Membership> recorded = new HashSet<>();
        for (Membership m : matches) {
            if (alerts.computeIfAbsent(m.filter(), a -> new LinkedHashMap<>()).putIfAbsent(m.item(), at) == null) recorded.add(m);
        }
        return recorded;
    }

    @Override
    public Set<ItemKey> all(UUID filter) {
        Set<ItemKey> all = new HashSet<>(pools.getOrDefault(filter, Map.of()).keySet());
        all.addAll(alerts.getOrDefault(filter, Map.of()).keySet());
        return all;
    }

    @Override
    public Page<Member> page(UUID filter, PageRequest page) {
        Map<ItemKey, Instant> all = new HashMap<>(pools.getOrDefault(filter, Map.of()));
        all.putAll(alerts.getOrDefault(filter, Map.of()));
        List<Member> sorted = all.entrySet().stream().map(e -> new Member(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Member::since).reversed().thenComparing(Member::item)).toList();
        int from = page.after() == null ? 0 : Integer.parseInt(page.after());
        int to = Math.min(sorted.size(), from + page.limit());
        return new Page<>(sorted.subList(from, to), to < sorted.size() ? String.valueOf(to) : null);
    }

    @Override
    public void forget(UUID filter) {
        pools.remove(filter);
        alerts.remove(filter);
    }
}

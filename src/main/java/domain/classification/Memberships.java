package domain.classification;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which items are in which pools, and which items each alert matched (once, for good). Changes to one item's
 * memberships are made under a lock on the item, taken in key order.
 */
public interface Memberships {

    /** Locks the items (in key order) until the transaction ends, and answers the pools each is in now. */
    Map<ItemKey, Set<UUID>> lockPoolsOf(Collection<ItemKey> items);

    /** Each item joins its pool (one already in stays as it was); a batch of any pools and items in one write. */
    void join(Collection<Membership> joining, Instant at);

    void leave(Collection<Membership> leaving);

    /** Records each alert's match; answers those the alert had not matched before. */
    Set<Membership> recordAlertMatches(Collection<Membership> matches, Instant at);

    default void join(UUID pool, Collection<ItemKey> items, Instant at) {
        join(of(pool, items), at);
    }

    default void leave(UUID pool, Collection<ItemKey> items) {
        leave(of(pool, items));
    }

    default Set<ItemKey> recordAlertMatches(UUID alert, Collection<ItemKey> items, Instant at) {
        Set<ItemKey> recorded = new java.util.HashSet<>();
        for (Membership match : recordAlertMatches(of(alert, items), at)) recorded.add(match.item());
        return recorded;
    }

    private static List<Membership> of(UUID filter, Collection<ItemKey> items) {
        return items.stream().map(item -> new Membership(filter, item)).toList();
    }

    /** An item in a pool, or matched by an alert. */
    record Membership(UUID filter, ItemKey item) { }

    /** Every member of a pool, or every match of an alert. */
    Set<ItemKey> all(UUID filter);

    /** A pool's members or an alert's matches, newest first. */
    Page<Member> page(UUID filter, PageRequest page);

    /** Drops everything about the filter (it was deleted). */
    void forget(UUID filter);

    record Member(ItemKey item, Instant since) { }
}

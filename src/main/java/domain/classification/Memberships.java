package domain.classification;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.Collection;
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

    void join(UUID pool, Collection<ItemKey> items, Instant at);

    void leave(UUID pool, Collection<ItemKey> items);

    /** Records the alert's matches; answers those it had not matched before. */
    Set<ItemKey> recordAlertMatches(UUID alert, Collection<ItemKey> items, Instant at);

    /** Every member of a pool, or every match of an alert. */
    Set<ItemKey> all(UUID filter);

    /** A pool's members or an alert's matches, newest first. */
    Page<Member> page(UUID filter, PageRequest page);

    /** Drops everything about the filter (it was deleted). */
    void forget(UUID filter);

    record Member(ItemKey item, Instant since) { }
}

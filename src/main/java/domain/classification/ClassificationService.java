package domain.classification;

import domain.classification.ClassificationEvent.Matched;
import domain.classification.ClassificationEvent.Unmatched;
import domain.classification.Memberships.Membership;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.SeparateTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Sorts items into pools and alerts, and keeps pools right as filters change. One worker runs these one at a time
 * (the classification worker holds a lease), so that an item's change and a filter's change never race; each step
 * reads the current items and filters, so that the order events arrive in does not matter either: the last step
 * about an item or a filter leaves it right.
 *
 * <p>The engine is called with nothing locked; memberships are then written in one transaction under the items'
 * locks. An item's pools follow it (it joins and leaves them); an alert records each item it matched once, and only a
 * match of an item that changed after the alert was saved is told. What a change did is one event per item and owner
 * ({@link ItemMatches}).
 */
public final class ClassificationService {
    /** Items read and matched per round trip to the engine. */
    public static final int BATCH = 200;
    private static final int BACK_FILL_PAGE = 1_000;
    private final Classifier classifier;
    private final ItemSource items;
    private final Filters filters;
    private final Memberships memberships;
    private final SeparateTransaction transactions;
    private final EventLog events;
    private final BusinessCalendar calendar;

    public ClassificationService(Classifier classifier, ItemSource items, Filters filters, Memberships memberships,
                                 SeparateTransaction transactions, EventLog events, BusinessCalendar calendar) {
        this.classifier = classifier;
        this.items = items;
        this.filters = filters;
        this.memberships = memberships;
        this.transactions = transactions;
        this.events = events;
        this.calendar = calendar;
    }

    /** The items changed, appeared or went away: each is sorted as it is now. Answers how many matches were recorded. */
    public int itemsChanged(Collection<ItemKey> keys) {
        List<ItemKey> all = new ArrayList<>(new TreeSet<>(keys));
        int recorded = 0;
        for (int from = 0; from < all.size(); from += BATCH) recorded += sort(all.subList(from, Math.min(all.size(), from + BATCH)));
        return recorded;
    }

    /** The plans of a product whose text or details changed. */
    public List<ItemKey> plansOf(UUID productId) {
        return items.plansOf(productId);
    }

    private int sort(List<ItemKey> keys) {
        Map<ItemKey, Item> current = items.current(keys);
        List<ItemKey> gone = keys.stream().filter(k -> !current.containsKey(k)).toList();
        List<Item> present = new ArrayList<>(current.values());
        classifier.removeItems(gone);
        Map<ItemKey, Set<UUID>> matched = classifier.storeAndClassify(present);
        Set<UUID> ids = new HashSet<>();
        matched.values().forEach(ids::addAll);
        return transactions.commit(() -> {
            Map<ItemKey, Set<UUID>> pools = memberships.lockPoolsOf(keys);
            pools.values().forEach(ids::addAll);
            Map<UUID, FilterOwnership> known = filters.ownershipsOf(ids);
            Instant now = calendar.now();
            List<Membership> joins = new ArrayList<>(), leaves = new ArrayList<>(), alerts = new ArrayList<>();
            for (ItemKey key : keys) {
                Set<UUID> matches = matched.getOrDefault(key, Set.of());
                Set<UUID> before = pools.getOrDefault(key, Set.of());
                for (UUID id : matches) {
                    FilterOwnership filter = known.get(id);
                    if (filter == null) continue; // deleted meanwhile: its deletion empties it
                    if (filter.purpose().isPool() && !before.contains(id)) joins.add(new Membership(id, key));
                    if (!filter.purpose().isPool()) alerts.add(new Membership(id, key));
                }
                for (UUID id : before) if (!matches.contains(id)) leaves.add(new Membership(id, key));
            }
            // One write each for the joins, the leaves, the alerts' matches and their events, however many filters.
            memberships.join(joins, now);
            memberships.leave(leaves);
            Set<Membership> alerted = memberships.recordAlertMatches(alerts, now);
            List<ClassificationEvent> happened = new ArrayList<>();
            ItemMatches.group(joins, known, now).forEach(m -> happened.add(new Matched(m)));
            ItemMatches.group(leaves, known, now).forEach(m -> happened.add(new Unmatched(m)));
            ItemMatches.group(alerts.stream().filter(alerted::contains).toList(), known, now).forEach(m -> happened.add(new Matched(m)));
            int recorded = joins.size() + alerted.size();
            if (!happened.isEmpty()) events.record(happened);
            return recorded;
        });
    }

    /**
     * A filter was saved (created or changed): the classifier takes its current version, and its pool becomes what it
     * matches among the items there are (each join and leave an event). An alert is not back-filled: it tells of what
     * appears or changes after it was saved, each item once, from the first sort that matches it. (Recording the
     * existing matches silently, as it once did, raced with items kept but not sorted yet: an embedded classifier
     * holds every instance's items as they arrive, and such an item's later sort would find its match recorded and
     * tell no one.) A filter deleted meanwhile is dropped instead.
     */
    public void filterSaved(UUID id) {
        filtersSaved(List.of(id));
    }

    /** Several filters saved: the classifier takes them in one write, then each is back-filled. */
    public void filtersSaved(Collection<UUID> ids) {
        Map<UUID, Filter> found = filters.byIds(ids);
        for (UUID id : ids) if (!found.containsKey(id)) filterDeleted(id);
        classifier.storeFilters(found.values().stream().map(Filter::stored).toList());
        for (Filter filter : found.values()) backFill(filter);
    }

    private void backFill(Filter filter) {
        UUID id = filter.id();
        if (!filter.purpose().isPool()) return; // alerts tell of what comes after them (above); log records are not kept
        Set<ItemKey> matching = new HashSet<>();
        classifier.matchingItems(filter.stored(), BACK_FILL_PAGE, matching::addAll);
        transactions.commit(() -> {
            Instant now = calendar.now();
            Set<ItemKey> before = memberships.all(id);
            List<ItemKey> joining = matching.stream().filter(k -> !before.contains(k)).sorted().toList();
            List<ItemKey> leaving = before.stream().filter(k -> !matching.contains(k)).sorted().toList();
            memberships.lockPoolsOf(union(joining, leaving));
            memberships.join(id, joining, now);
            memberships.leave(id, leaving);
            List<ClassificationEvent> happened = new ArrayList<>(joining.size() + leaving.size());
            for (ItemKey key : joining) happened.add(new Matched(new ItemMatches(key, filter.purpose(), filter.owner(), List.of(id), now)));
            for (ItemKey key : leaving) happened.add(new Unmatched(new ItemMatches(key, filter.purpose(), filter.owner(), List.of(id), now)));
            if (!happened.isEmpty()) events.record(happened);
            return null;
        });
    }

    /** A filter was deleted: the classifier drops it and its pool is forgotten (the deletion's event tells of it). */
    public void filterDeleted(UUID id) {
        if (filters.byId(id).isPresent()) return; // deleted, then created again with the same id: not possible, but safe
        classifier.removeFilters(List.of(id));
        transactions.commit(() -> {
            memberships.forget(id);
            return null;
        });
    }

    /**
     * Brings this classifier up to changes made anywhere (an embedded classifier on each instance follows every
     * instance's changes, not only those its worker sorts): filters and plans as they stand now in the store, content
     * as its stream carries it (the change is the item). Only the classifier is written: pools are the worker's.
     */
    public void follow(Collection<UUID> filterIds, Collection<UUID> products, Collection<ItemKey> plans,
                       List<ContentService.Change> content) {
        if (!filterIds.isEmpty()) {
            Map<UUID, Filter> found = filters.byIds(filterIds);
            List<UUID> gone = filterIds.stream().filter(id -> !found.containsKey(id)).toList();
            if (!gone.isEmpty()) classifier.removeFilters(gone);
            if (!found.isEmpty()) classifier.storeFilters(found.values().stream().map(Filter::stored).toList());
        }
        Set<ItemKey> keys = new TreeSet<>(plans);
        for (UUID product : products) keys.addAll(items.plansOf(product));
        if (!keys.isEmpty()) {
            Map<ItemKey, Item> current = items.current(keys);
            List<ItemKey> gone = keys.stream().filter(k -> !current.containsKey(k)).toList();
            if (!gone.isEmpty()) classifier.removeItems(gone);
            if (!current.isEmpty()) classifier.storeItems(new ArrayList<>(current.values()));
        }
        Map<ItemKey, ContentService.Change> last = ContentService.Change.lastOfEach(content);
        List<ItemKey> deleted = last.values().stream().filter(c -> c.item() == null).map(ContentService.Change::key).toList();
        List<Item> received = last.values().stream().filter(c -> c.item() != null).map(c -> c.item().item()).toList();
        if (!deleted.isEmpty()) classifier.removeItems(deleted);
        if (!received.isEmpty()) classifier.storeItems(received);
    }

    /** Fills a classifier that keeps nothing across restarts: every filter, then every item. */
    public void load() {
        load(item -> { });
    }

    /** The same, showing each item loaded to {@code loaded} (a feed learns the versions it starts from). */
    public void load(java.util.function.Consumer<Item> loaded) {
        UUID after = null;
        for (List<Filter> page = filters.all(null, 500); !page.isEmpty(); page = filters.all(after, 500)) {
            classifier.storeFilters(page.stream().map(Filter::stored).toList());
            after = page.get(page.size() - 1).id();
        }
        ItemKey last = null;
        for (List<Item> page = items.all(null, 1_000); !page.isEmpty(); page = items.all(last, 1_000)) {
            classifier.storeItems(page);
            page.forEach(loaded);
            last = page.get(page.size() - 1).key();
        }
    }

    private static List<ItemKey> union(List<ItemKey> a, List<ItemKey> b) {
        Set<ItemKey> all = new TreeSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}

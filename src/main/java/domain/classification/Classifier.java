package domain.classification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Matches items against every stored filter at once (a percolator: filters are stored as queries, and an item is run
 * against all of them, most never evaluated thanks to candidate pre-selection). Two adapters: the search engine's
 * percolator, and Lucene Monitor embedded in the process. Both agree with one contract and with each other.
 *
 * <p>A classifier also keeps the items it was told of, so that a new or changed filter can be run over them (back-fill).
 * Any method may throw {@link ClassifierUnavailableException} when the engine cannot be reached: callers retry later.
 */
public interface Classifier {

    /** Adds the filters, or replaces those with the same id. */
    void storeFilters(List<StoredFilter> filters);

    void removeFilters(Collection<UUID> filterIds);

    /** For each item, the ids of the filters of its kind that match it (an item nothing matches maps to an empty set). */
    Map<ItemKey, Set<UUID>> classify(List<Item> items);

    /** Keeps the items (or their newer versions) for back-fills. */
    void storeItems(List<Item> items);

    void removeItems(Collection<ItemKey> keys);

    /**
     * Keeps the items, then matches them: what sorting a changed item takes. Kept first, so that a filter stored
     * meanwhile finds them in its back-fill. A classifier may do both in one pass over the items.
     */
    default Map<ItemKey, Set<UUID>> storeAndClassify(List<Item> items) {
        storeItems(items);
        return classify(items);
    }

    /** Every kept item the filter matches, in pages of at most {@code pageSize}, in no set order. */
    void matchingItems(StoredFilter filter, int pageSize, Consumer<List<ItemKey>> page);
}

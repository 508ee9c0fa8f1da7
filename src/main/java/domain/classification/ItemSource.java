package domain.classification;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The items as they stand now, read from where they are kept (plans with their products, partners' content): a
 * classifier always sorts an item's current state, whatever event told of a change, so that events arriving late
 * or twice change nothing.
 */
public interface ItemSource {

    /** The items that exist and are on offer; a key left out is gone (a retired plan, deleted content). */
    Map<ItemKey, Item> current(Collection<ItemKey> keys);

    /** The plans of a product, retired or not (a product change re-sorts them all). */
    List<ItemKey> plansOf(UUID productId);

    /** Every item on offer, in pages by key (to fill an embedded classifier). */
    List<Item> all(ItemKey after, int limit);
}

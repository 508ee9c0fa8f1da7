package domain.classification;

import java.util.Collection;
import java.util.List;

/** Where partners' content items are kept, so that a back-fill or a restart finds them as they are now. */
public interface ContentItems {

    /** Adds the items, or replaces those with the same key. */
    void put(List<ContentItem> items);

    /** Forgets the items; a key not kept is no error (a delete may come twice). */
    void remove(Collection<ItemKey> keys);
}

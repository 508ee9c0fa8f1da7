package domain.classification;

import domain.shared.SeparateTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Partners' content as it streams in: each item kept as its latest version, or forgotten when its feed deletes it.
 * Storing the same change twice changes nothing, so a stream read again after a crash is safe. The classification
 * worker sorts the returned keys next, as it sorts plans.
 */
public final class ContentService {
    private final ContentItems content;
    private final SeparateTransaction transactions;

    public ContentService(ContentItems content, SeparateTransaction transactions) {
        this.content = content;
        this.transactions = transactions;
    }

    /** A version of an item, or its deletion (no item). */
    public record Change(ItemKey key, ContentItem item) {
        public static Change deleted(ItemKey key) {
            return new Change(key, null);
        }

        public static Change of(ContentItem item) {
            return new Change(item.key(), item);
        }

        /** The last of several changes of one item wins: each item's last change, in the order items first came. */
        public static Map<ItemKey, Change> lastOfEach(List<Change> changes) {
            Map<ItemKey, Change> last = new LinkedHashMap<>();
            for (Change change : changes) last.put(change.key(), change);
            return last;
        }
    }

    /** Keeps the changes in one transaction, the last of several for one key winning; answers the keys changed. */
    public Set<ItemKey> received(List<Change> changes) {
        Map<ItemKey, Change> last = Change.lastOfEach(changes);
        List<ContentItem> put = new ArrayList<>();
        List<ItemKey> removed = new ArrayList<>();
        for (Change change : last.values()) {
            if (change.item() == null) removed.add(change.key());
            else put.add(change.item());
        }
        transactions.commit(() -> {
            if (!removed.isEmpty()) content.remove(removed);
            if (!put.isEmpty()) content.put(put);
            return null;
        });
        return last.keySet();
    }
}

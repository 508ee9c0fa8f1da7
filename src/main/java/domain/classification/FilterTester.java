package domain.classification;

import java.util.List;

/** Runs one filter on one sample item, as the classifiers would: a curator's dry run before saving. */
public interface FilterTester {

    /**
     * Whether the filter matches the item, and, when the filter is an {@code and} or an {@code or}, whether each of its
     * parts does (so that a curator sees which part keeps an item out).
     */
    Outcome test(StoredFilter filter, Item item);

    record Outcome(boolean matches, List<Boolean> parts) {
        public Outcome {
            parts = List.copyOf(parts);
        }
    }
}

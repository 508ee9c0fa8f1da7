package domain.classification;

import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.util.UUID;

/**
 * Pools and alerts, managed by their owners: an admin's platform pools and log alerts, a shop's pools, a user's
 * alerts. Another owner's filter is not found.
 */
public interface ManageFiltersUseCase {
    int MAX_NAME_LENGTH = 100;

    Filter create(FilterPurpose purpose, String owner, NewFilter command);

    /** A new name and condition; {@code expectedVersion}, when given, must be the stored version. */
    Filter change(FilterPurpose purpose, String owner, UUID id, Long expectedVersion, ChangedFilter command);

    void delete(FilterPurpose purpose, String owner, UUID id);

    /**
     * Deletes every filter the owner has of the purpose (a closed account's alerts): an event each, so that classifiers
     * drop them and their matches are forgotten, telling of the filter with its name and condition erased (the owner is
     * gone, and what they looked for is theirs). Answers how many there were.
     */
    int deleteAllOf(FilterPurpose purpose, String owner);

    Filter get(FilterPurpose purpose, String owner, UUID id);

    Page<Filter> list(FilterPurpose purpose, String owner, PageRequest page);

    /** A pool's members, or an alert's matches, newest first; each as the events tell of it. */
    Page<Match> members(FilterPurpose purpose, String owner, UUID id, PageRequest page);

    /** A dry run: the filter (not saved) on a sample item. */
    FilterTester.Outcome test(FilterPurpose purpose, String owner, ItemKind subject, Object filter, Item sample);

    /** The raw parts of a new filter; the condition is a JSON-like tree of the filter language. */
    record NewFilter(String name, ItemKind subject, Object filter) {
        public NewFilter {
            Validation v = new Validation().text(name, "name", MAX_NAME_LENGTH);
            v.present(subject, "subject");
            v.present(filter, "filter");
            v.throwIfInvalid();
            name = name.strip();
        }
    }

    record ChangedFilter(String name, Object filter) {
        public ChangedFilter {
            Validation v = new Validation().text(name, "name", MAX_NAME_LENGTH);
            v.present(filter, "filter");
            v.throwIfInvalid();
            name = name.strip();
        }
    }
}

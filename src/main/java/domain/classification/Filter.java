package domain.classification;

import domain.shared.StateConflictException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A stored filter: a pool or an alert, named by its owner, sorting one kind of item by a condition of the filter
 * language. {@code version} counts its changes (1 when created): classifiers and back-fills use it to tell an older
 * definition from a newer one.
 */
public record Filter(UUID id, FilterPurpose purpose, String owner, String name, ItemKind subject, Condition condition,
                     long version, Instant createdAt, Instant updatedAt) {

    public Filter {
        if (!purpose.subjects().contains(subject)) throw new IllegalArgumentException(purpose + " filters do not sort " + subject);
    }

    /** What a classifier runs: a shop's pool only ever holds the shop's own plans. */
    public StoredFilter stored() {
        Condition effective = purpose == FilterPurpose.SHOP_POOL
                ? new Condition.And(List.of(new Condition.ShopIn(List.of(UUID.fromString(owner))), condition))
                : condition;
        return new StoredFilter(id, subject, effective);
    }

    /** The filter with its name and condition erased (what its owner named and looked for): told once the owner is gone. */
    public Filter erased() {
        return new Filter(id, purpose, owner, "(erased)", subject, new Condition.ImagesAtLeast(0), version, createdAt, updatedAt);
    }

    public Filter change(String newName, Condition newCondition, Instant at) {
        return new Filter(id, purpose, owner, newName, subject, newCondition, version + 1, createdAt, at);
    }

    /** Changed by someone else since {@code expected} was read. */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new StateConflictException("filter", "at version " + version, "change", "it changed since version " + expected
                    + " was read; read it again");
        }
    }
}

package domain.classification;

import java.util.Set;

/**
 * What a filter is for, which decides who owns it and what it may sort: a platform pool (an admin's collection of
 * plans or content), a shop's pool (its own plans only), a user's alert (plans or content; each match once), or an
 * admin's log alert (gudok's own WARN and ERROR records).
 */
public enum FilterPurpose {
    POOL(Set.of(ItemKind.PLAN, ItemKind.CONTENT)),
    SHOP_POOL(Set.of(ItemKind.PLAN)),
    ALERT(Set.of(ItemKind.PLAN, ItemKind.CONTENT)),
    LOG_ALERT(Set.of(ItemKind.LOG));

    /** The owner of platform pools and log alerts. */
    public static final String PLATFORM = "platform";

    private final Set<ItemKind> subjects;

    FilterPurpose(Set<ItemKind> subjects) {
        this.subjects = subjects;
    }

    public Set<ItemKind> subjects() {
        return subjects;
    }

    /** A pool's members come and go with its items; an alert's matches are recorded once and stay. */
    public boolean isPool() {
        return this == POOL || this == SHOP_POOL;
    }
}

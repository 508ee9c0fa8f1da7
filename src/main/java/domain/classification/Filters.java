package domain.classification;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where filters are kept. */
public interface Filters {
    void add(Filter filter);

    /** Stores the filter's new version; fails with a concurrent-update error unless the stored one is the version before. */
    void update(Filter filter);

    void remove(UUID id);

    Optional<Filter> byId(UUID id);

    /** Those of the ids that exist. */
    Map<UUID, Filter> byIds(Collection<UUID> ids);

    /** Whose each of the ids that exist is and what for, without reading its condition (sorting needs no more). */
    Map<UUID, FilterOwnership> ownershipsOf(Collection<UUID> ids);

    Page<Filter> of(FilterPurpose purpose, String owner, PageRequest page);

    int countOf(FilterPurpose purpose, String owner);

    /** Every filter, in pages by id (to load a classifier). */
    List<Filter> all(UUID after, int limit);
}

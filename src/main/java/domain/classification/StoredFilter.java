package domain.classification;

import java.util.UUID;

/** A filter as a classifier holds it: its id, the kind of items it sorts, and the whole condition it applies. */
public record StoredFilter(UUID id, ItemKind subject, Condition condition) { }

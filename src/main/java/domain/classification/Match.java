package domain.classification;

import java.time.Instant;
import java.util.UUID;

/** An item joined (or left) a pool, or matched an alert: what the classification events tell. */
public record Match(UUID filterId, FilterPurpose purpose, String owner, ItemKey item, Instant at) { }

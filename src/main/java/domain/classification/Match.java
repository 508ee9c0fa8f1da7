package domain.classification;

import java.time.Instant;
import java.util.UUID;

/** An item in a pool (since it joined), or matched by an alert (since it matched): what a pool's members list shows. */
public record Match(UUID filterId, FilterPurpose purpose, String owner, ItemKey item, Instant at) { }

package domain.classification;

import java.util.UUID;

/** What sorting needs to know of a filter it matched: whose it is and what for (its condition is the classifier's). */
public record FilterOwnership(UUID id, FilterPurpose purpose, String owner) { }

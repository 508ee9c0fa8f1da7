package domain.catalog;

/** A retired product takes no new plans, and its plans are retired with it. */
public enum ProductStatus { ACTIVE, RETIRED }

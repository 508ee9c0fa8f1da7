package domain.catalog;

import java.time.Instant;

/** A partner shop that sells subscriptions; it calls gudok with its API keys ({@link ApiKey}). */
public record Shop(ShopId id, String name, Instant registeredAt) { }

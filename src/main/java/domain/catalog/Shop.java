package domain.catalog;

import java.time.Instant;

/** A partner shop that sells subscriptions; it calls gudok with its API key. */
public record Shop(ShopId id, String name, String apiKeyHash, Instant registeredAt) { }

package domain.catalog;

import domain.shared.Money;
import java.time.Instant;
import java.util.UUID;

/** Something a shop sells: coffee beans, bottled water, a water purifier. */
public record Product(UUID id, ShopId shopId, String name, String description, Money unitPrice, Instant createdAt) { }

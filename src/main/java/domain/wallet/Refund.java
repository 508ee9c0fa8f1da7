package domain.wallet;

import domain.catalog.ShopId;
import java.time.Instant;
import java.util.UUID;

/** Money a shop gives back on a payment; {@code commissionBack} is gudok's share of it. */
public record Refund(UUID id, UUID paymentId, String userId, ShopId shopId, long amount, long commissionBack,
                     String reason, Instant refundedAt) { }

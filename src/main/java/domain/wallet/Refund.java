package domain.wallet;

import domain.catalog.ShopId;
import java.time.Instant;
import java.util.UUID;

/**
 * Money a shop gives back on a payment; {@code commissionBack} is gudok's share of it. {@code subscriptionId} is the
 * payment's: the subscription it paid for, or null.
 */
public record Refund(UUID id, UUID paymentId, String userId, ShopId shopId, UUID subscriptionId, long amount, long commissionBack,
                     String reason, Instant refundedAt) { }

package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment from a user's wallet to a shop, with gudok's commission taken at the shop's rate of the
 * day. {@code deliveryId} is set when it pays a subscription delivery; {@code refunded} grows with
 * each refund and never passes {@code amount}.
 */
public record Payment(UUID id, String userId, ShopId shopId, long amount, Commission commission, long refunded,
                      UUID deliveryId, String reference, Instant paidAt) {

    public Payment {
        if (amount <= 0) throw new IllegalArgumentException("a payment moves money");
        if (refunded < 0 || refunded > amount) throw new IllegalArgumentException("refunded out of range");
    }

    public static Payment of(String userId, ShopId shop, long amount, Commission commission, UUID deliveryId,
                             String reference, Instant at) {
        return new Payment(UUID.randomUUID(), userId, shop, amount, commission, 0, deliveryId, reference, at);
    }

    public long refundable() {
        return amount - refunded;
    }

    /**
     * Gives back part or all of what is left. The commission goes back in proportion, counted on the
     * running total, so that a payment refunded in several parts returns exactly its whole commission.
     */
    public Refund refund(long refundAmount, String reason, Instant at) {
        if (refundAmount <= 0) throw InvalidInputException.of("amount.amount", "must be more than 0");
        if (refundAmount > refundable()) {
            throw InvalidInputException.of("amount.amount", "must be at most the " + refundable() + " KRW still refundable");
        }
        long feeBack = commission.on(refunded + refundAmount) - commission.on(refunded);
        return new Refund(UUID.randomUUID(), id, userId, shopId, refundAmount, feeBack, reason, at);
    }

    public Payment withRefund(Refund refund) {
        return new Payment(id, userId, shopId, amount, commission, refunded + refund.amount(), deliveryId, reference, paidAt);
    }
}

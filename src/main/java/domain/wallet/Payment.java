package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;

/**
 * A payment from a user's wallet to a shop, with gudok's commission taken at the shop's rate of the
 * day. {@code subscriptionId} is set when it pays for a subscription (a delivery, a rental's month, an
 * early-termination fee), so that a subscription's history can take in its payments; {@code deliveryId} when it pays
 * a delivery. A payment the subscriber made directly names neither. {@code refunded} grows with each refund and never
 * passes {@code amount}.
 */
public record Payment(UUID id, String userId, ShopId shopId, long amount, Commission commission, long refunded,
                      UUID subscriptionId, UUID deliveryId, String reference, Instant paidAt) {

    public Payment {
        if (amount <= 0) throw new IllegalArgumentException("a payment moves money");
        if (refunded < 0 || refunded > amount) throw new IllegalArgumentException("refunded out of range");
        if (deliveryId != null && subscriptionId == null) throw new IllegalArgumentException("a delivery's payment names its subscription");
    }

    public static Payment of(String userId, ShopId shop, long amount, Commission commission, UUID subscriptionId, UUID deliveryId,
                             String reference, Instant at) {
        return new Payment(UUID.randomUUID(), userId, shop, amount, commission, 0, subscriptionId, deliveryId, reference, at);
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
        return new Refund(UUID.randomUUID(), id, userId, shopId, subscriptionId, refundAmount, feeBack, reason, at);
    }

    public Payment withRefund(Refund refund) {
        return new Payment(id, userId, shopId, amount, commission, refunded + refund.amount(), subscriptionId, deliveryId,
                reference, paidAt);
    }
}

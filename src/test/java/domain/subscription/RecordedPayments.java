package domain.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Remembers the fees charged and the deliveries refunded, for domain tests. */
final class RecordedPayments implements SubscriptionPayments {
    final List<Long> feesCharged = new ArrayList<>();
    final List<UUID> refunded = new ArrayList<>();
    /** False: a shop gave the money back already, so a refund finds nothing left. */
    boolean leftToRefund = true;
    /** True: the wallet cannot pay an early-termination fee. */
    boolean refuseFees;

    @Override
    public void prepareEarlyTermination(Subscription subscription, long fee) {
    }

    @Override
    public void chargeEarlyTermination(Subscription subscription, long fee) {
        if (refuseFees) throw new IllegalStateException("the wallet cannot pay " + fee);
        feesCharged.add(fee);
    }

    @Override
    public boolean refundDelivery(UUID deliveryId) {
        refunded.add(deliveryId);
        return leftToRefund;
    }
}

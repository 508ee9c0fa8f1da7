package domain.subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Remembers the fees charged and the deliveries refunded, for domain tests. */
final class RecordedPayments implements SubscriptionPayments {
    final List<Long> feesCharged = new ArrayList<>();
    final List<UUID> refunded = new ArrayList<>();

    @Override
    public void prepareEarlyTermination(Subscription subscription, long fee) {
    }

    @Override
    public void chargeEarlyTermination(Subscription subscription, long fee) {
        feesCharged.add(fee);
    }

    @Override
    public boolean refundDelivery(UUID deliveryId) {
        refunded.add(deliveryId);
        return true;
    }
}

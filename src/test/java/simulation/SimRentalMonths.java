package simulation;

import domain.billing.RentalMonth;
import domain.billing.RentalMonths;
import domain.delivery.Delivery;
import java.util.Collection;
import java.util.UUID;

/**
 * Settled rental months; like the table, a month is settled once (its primary key) and a paid month that cost something
 * names its payment (its check).
 */
final class SimRentalMonths implements RentalMonths {
    private final TxMap<String, RentalMonth> months = TxMap.inserted();
    private final SimDeliveries deliveries;

    SimRentalMonths(SimDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public boolean isSettled(UUID rentalId, int month) {
        return months.containsKey(rentalId + ":" + month);
    }

    @Override
    public void settle(RentalMonth month) {
        String key = month.rentalId() + ":" + month.month();
        if (months.containsKey(key)) throw new domain.shared.ConcurrentUpdateException("rental month", key);
        if (month.outcome() == RentalMonth.Outcome.PAID && month.fee() > 0 && month.paymentId() == null) {
            throw new IllegalStateException("rental_months_check: month " + key + " paid without a payment");
        }
        months.put(key, month);
    }

    @Override
    public boolean firstMonthPaid(UUID rentalId) {
        return deliveries.ofSubscription(rentalId).stream()
                .anyMatch(d -> d.cycleNumber() == 0 && SimDeliveries.isPaidOrGone(d.state()));
    }

    Collection<RentalMonth> all() {
        return months.values();
    }

    /** The rental's settled months, by month (a rental runs at most 120 months a commitment, renewals included here up to 20 years). */
    java.util.List<RentalMonth> ofRental(UUID rentalId) {
        java.util.List<RentalMonth> settled = new java.util.ArrayList<>();
        for (int m = 1; m <= 240; m++) {
            RentalMonth month = months.get(rentalId + ":" + m);
            if (month != null) settled.add(month);
        }
        return settled;
    }
}

package domain.billing;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** {@link RentalMonths} in memory, with the store's rule of one record per rental and month. */
final class InMemoryRentalMonths implements RentalMonths {
    final Map<String, RentalMonth> settled = new LinkedHashMap<>();
    final Set<UUID> firstMonthsPaid = new HashSet<>();

    @Override
    public boolean isSettled(UUID rentalId, int month) {
        return settled.containsKey(rentalId + ":" + month);
    }

    @Override
    public void settle(RentalMonth month) {
        if (settled.putIfAbsent(month.rentalId() + ":" + month.month(), month) != null) {
            throw new IllegalStateException("rental month " + month.month() + " settled twice");
        }
    }

    @Override
    public boolean firstMonthPaid(UUID rentalId) {
        return firstMonthsPaid.contains(rentalId);
    }

    RentalMonth month(UUID rentalId, int month) {
        return settled.get(rentalId + ":" + month);
    }
}

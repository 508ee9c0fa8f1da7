package domain.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * How a rental's month {@code month} (1 is the second month: the first is paid with the rental's delivery) was
 * settled: paid (nothing for a free plan) or given up unpaid after the last retry. A month is settled once.
 */
public record RentalMonth(UUID rentalId, int month, long fee, Outcome outcome, UUID paymentId, Instant settledAt) {

    public enum Outcome { PAID, UNPAID }

    public RentalMonth {
        if (month < 1) throw new IllegalArgumentException("rental months after the first count from 1");
    }
}

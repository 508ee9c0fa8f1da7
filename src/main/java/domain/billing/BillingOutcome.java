package domain.billing;

import java.time.Instant;
import java.util.UUID;

/** What one attempt to charge a delivery came to, and why; every attempt is recorded. */
public record BillingOutcome(DueCharge charge, Result result, String reason, UUID paymentId, Instant at) {

    public enum Result {
        PAID,
        PAYMENT_PENDING,
        CANCELLED_UNPAID
    }
}

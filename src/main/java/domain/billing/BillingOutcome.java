package domain.billing;

import java.time.Instant;
import java.util.UUID;

/** What one attempt to charge a delivery came to, and why; every attempt is recorded. */
public record BillingOutcome(DueCharge charge, Result result, String reason, UUID paymentId, Instant at) {

    /** The reason recorded when a wallet could not cover a charge. */
    static String shortOfFunds(long balance, long amount, String autoTopUpFailure) {
        String reason = "insufficient funds: the wallet holds " + balance + " of " + amount + " KRW";
        return autoTopUpFailure == null ? reason : reason + "; " + autoTopUpFailure;
    }

    public enum Result {
        PAID,
        PAYMENT_PENDING,
        CANCELLED_UNPAID
    }
}

package domain.notification;

import domain.billing.BillingPolicy;
import domain.billing.DueCharges;
import domain.wallet.Ledger;
import domain.wallet.Wallet;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A pending payment's shortfall from what billing knows: the amount due, the wallet's balance, the retry policy. */
public final class WalletShortfalls implements Shortfalls {
    private final DueCharges charges;
    private final Ledger ledger;
    private final BillingPolicy policy;

    public WalletShortfalls(DueCharges charges, Ledger ledger, BillingPolicy policy) {
        this.charges = charges;
        this.ledger = ledger;
        this.policy = policy;
    }

    @Override
    public Optional<Shortfall> of(UUID deliveryId, Instant failedAt) {
        return charges.pending(deliveryId).map(charge -> {
            long balance = ledger.wallet(charge.userId()).map(Wallet::balance).orElse(0L);
            Instant next = policy.nextRetryAfter(charge.failedAttempts()).map(failedAt::plus).orElse(null);
            return new Shortfall(charge.amount(), Math.max(0, charge.amount() - balance), next);
        });
    }
}

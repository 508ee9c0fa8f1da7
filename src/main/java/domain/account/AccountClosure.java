package domain.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;

/**
 * A user closed their account: their personal data is erased, and their payment records (payments, top-ups,
 * ledger entries, refunds, which name them only by the pseudonymous user id) are kept until
 * {@code paymentRecordsKeptUntil}, as Korean e-commerce law (전자상거래법) requires of payment records.
 * {@code subscriptionIds} are the subscriptions whose personal data was erased: consumers erase their copies.
 */
public record AccountClosure(String userId, Instant closedAt, LocalDate paymentRecordsKeptUntil, List<UUID> subscriptionIds) {
    /** How long records of payment are kept (전자상거래법 제6조 and its decree, 시행령 제6조: records of payment and supply, 5 years). */
    public static final Period PAYMENT_RECORDS_KEPT = Period.ofYears(5);

    public AccountClosure {
        subscriptionIds = List.copyOf(subscriptionIds);
    }
}

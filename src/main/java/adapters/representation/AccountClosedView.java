package adapters.representation;

import domain.account.AccountClosure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A closed account, as its user sees it and as the {@code account.closed} event carries it. Whoever keeps a copy of
 * the platform's events must erase the user's personal data from it.
 */
@Schema(description = "A closed account. Its personal data (delivery addresses, phone numbers, funding source digits) is erased;"
        + " its payment records are kept until paymentRecordsKeptUntil (Korean e-commerce law: 5 years). A consumer of the"
        + " account.closed event must erase its copies of the user's personal data: the events of the subscriptions listed"
        + " in subscriptionIds and of their deliveries, and the wallet events whose subject is userId.")
public record AccountClosedView(
        @Schema(required = true, description = "The user whose account closed (the event's subject)") String userId,
        @Schema(required = true) Instant closedAt,
        @Schema(required = true, description = "The last Seoul day the user's payment records (payments, top-ups, refunds, ledger"
                + " entries) are kept: 5 years after the closure") LocalDate paymentRecordsKeptUntil,
        @Schema(required = true, description = "The user's subscriptions, all cancelled or ended: their addresses were erased")
        List<UUID> subscriptionIds) {

    public static AccountClosedView of(AccountClosure closure) {
        return new AccountClosedView(closure.userId(), closure.closedAt(), closure.paymentRecordsKeptUntil(), closure.subscriptionIds());
    }
}

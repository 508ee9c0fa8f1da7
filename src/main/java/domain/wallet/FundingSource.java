package domain.wallet;

import java.time.Instant;
import java.util.UUID;

/**
 * A card or bank account a user linked for top-ups. gudok keeps only the gateway's token and the last
 * four digits, never the number itself. An unlinked source ({@code unlinkedAt} set) is kept, out of lists and never
 * the default, for the top-ups made from it: a pending one still settles with its token.
 */
public record FundingSource(UUID id, String userId, FundingKind kind, String gatewayToken, String last4,
                            boolean isDefault, Instant addedAt, Instant unlinkedAt) {

    public FundingSource asDefault(boolean value) {
        return new FundingSource(id, userId, kind, gatewayToken, last4, value, addedAt, unlinkedAt);
    }

    public boolean isLinked() {
        return unlinkedAt == null;
    }
}

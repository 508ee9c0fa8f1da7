package domain.wallet;

import java.time.Instant;
import java.util.UUID;

/** One line of a wallet's history: what an entry added to (positive) or took from the wallet. */
public record WalletMovement(UUID entryId, EntryKind kind, UUID reference, long amount, Instant bookedAt) { }

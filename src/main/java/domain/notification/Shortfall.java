package domain.notification;

import java.time.Instant;

/** What a failed payment lacks: the amount due, what the wallet is short of, and when it is tried next. */
public record Shortfall(long due, long missing, Instant nextAttemptAt) { }

package domain.wallet;

/**
 * A user's stored value, in won. {@code autoTopUp} is the amount to top up by when a charge finds too
 * little (null when the user has not opted in).
 */
public record Wallet(String userId, long balance, Long autoTopUp) {
    /** The most a wallet may hold (a stored-value limit, and far from any overflow). */
    public static final long MAX_BALANCE = 100_000_000_000L;

    public Wallet {
        if (balance < 0) throw new IllegalStateException("a wallet balance is never negative");
    }

    public static Wallet empty(String userId) {
        return new Wallet(userId, 0, null);
    }

    public Account account() {
        return Account.walletOf(userId);
    }

    public boolean covers(long amount) {
        return balance >= amount;
    }

    public Wallet plus(long amount) {
        return new Wallet(userId, Math.addExact(balance, amount), autoTopUp);
    }
}

package domain.wallet;

/**
 * What charging a wallet comes to, worked out in one place: the amount (the price times the quantity), gudok's
 * commission on it ({@link Commission#on}: rounded down to whole won, so the shop never gets less than its share),
 * the shop's share, the auto top-up the wallet needs first (whole multiples of the amount its owner chose; 0 when
 * the wallet covers the amount or its owner did not opt in), and whether the wallet covers the amount as it stands.
 * Paths that must know a part before the rest is at hand use that part: {@link #amountOf} (a free plan is billed
 * before any wallet is locked) and {@link #autoTopUpFor} (the top-up runs before the charge, with nothing locked).
 * The amounts and commissions SQL works out itself are checked against this in a test on PostgreSQL.
 */
public record ChargeQuote(long amount, long commission, long autoTopUp, boolean covered) {

    /**
     * @param price           what one costs, in won
     * @param balance         what the wallet holds
     * @param autoTopUpAmount the amount its owner tops up by, or null when auto top-up is off
     */
    public static ChargeQuote of(long price, int quantity, Commission rate, long balance, Long autoTopUpAmount) {
        if (balance < 0) throw new IllegalArgumentException("a wallet balance is never negative");
        long amount = amountOf(price, quantity);
        return new ChargeQuote(amount, rate.on(amount), autoTopUpFor(amount, balance, autoTopUpAmount), balance >= amount);
    }

    /** The price times the quantity; exact, never wrapped past the long range. */
    public static long amountOf(long price, int quantity) {
        if (price < 0 || quantity < 1) throw new IllegalArgumentException("a price is never negative, a quantity at least 1");
        return Math.multiplyExact(price, quantity);
    }

    /** What an auto top-up must bring in so that {@code amount} can be charged from {@code balance}. */
    public static long autoTopUpFor(long amount, long balance, Long autoTopUpAmount) {
        if (autoTopUpAmount != null && autoTopUpAmount < 1) throw new IllegalArgumentException("an auto top-up brings money in");
        long shortfall = amount - balance;
        if (autoTopUpAmount == null || shortfall <= 0) return 0;
        long times = shortfall / autoTopUpAmount + (shortfall % autoTopUpAmount == 0 ? 0 : 1);
        return Math.multiplyExact(times, autoTopUpAmount);
    }

    /** What the shop is owed: the amount less the commission. */
    public long shopShare() {
        return amount - commission;
    }

    public boolean isFree() {
        return amount == 0;
    }
}

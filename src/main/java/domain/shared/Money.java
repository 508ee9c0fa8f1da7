package domain.shared;

import java.math.BigDecimal;

/**
 * An exact amount of money in the currency's smallest unit. gudok trades in KRW only, which has
 * no minor unit, so the amount is whole won.
 */
public record Money(long amount, String currency) {
    public static final String KRW = "KRW";
    /** Upper bound for a single price or fee: keeps sums of many cycles far from overflow. */
    public static final long MAX_AMOUNT = 100_000_000_000L;

    public Money {
        if (!KRW.equals(currency)) throw new IllegalArgumentException("unsupported currency " + currency);
        if (amount < 0 || amount > MAX_AMOUNT) throw new IllegalArgumentException("amount out of range: " + amount);
    }

    /** A client-supplied sum to move (top up, pay, refund): 1 won up to {@link #MAX_AMOUNT}. */
    public static void requireTransferable(long amount) {
        if (amount <= 0 || amount > MAX_AMOUNT) {
            throw InvalidInputException.of("amount.amount", "must be between 1 and " + MAX_AMOUNT);
        }
    }

    public static Money won(long amount) {
        return new Money(amount, KRW);
    }

    public Money times(int quantity) {
        return won(Math.multiplyExact(amount, quantity));
    }

    /** Validates a client-supplied amount, recording what is wrong instead of throwing. */
    public static Money parse(BigDecimal amount, String currency, String field, Validation validation) {
        if (!validation.present(amount, field + ".amount")) return null;
        boolean ok = true;
        if (amount.stripTrailingZeros().scale() > 0) {
            validation.require(false, field + ".amount", "must be a whole number of won");
            ok = false;
        } else if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(MAX_AMOUNT)) > 0) {
            validation.require(false, field + ".amount", "must be between 0 and " + MAX_AMOUNT);
            ok = false;
        }
        if (currency != null && !KRW.equals(currency)) {
            validation.require(false, field + ".currency", "must be KRW");
            ok = false;
        }
        return ok ? won(amount.longValueExact()) : null;
    }
}

package domain.wallet;

import domain.shared.InvalidInputException;

/** gudok's share of what a shop earns, in basis points (1/100 of a percent) so that it stays exact. */
public record Commission(int basisPoints) {
    public static final int WHOLE = 10_000;

    public Commission {
        if (basisPoints < 0 || basisPoints > WHOLE) {
            throw InvalidInputException.of("basisPoints", "must be between 0 and " + WHOLE + " (100 %)");
        }
    }

    /** The commission on an amount, rounded down to whole won: the shop never gets less than its share. */
    public long on(long amount) {
        return Math.multiplyExact(amount, basisPoints) / WHOLE;
    }
}

package domain.wallet;

import domain.shared.DomainException;

/** A charge larger than the wallet holds (after any auto top-up). */
public final class InsufficientFundsException extends DomainException {
    public InsufficientFundsException(long balance, long amount, String why) {
        super("the wallet holds " + balance + " KRW, less than the " + amount + " KRW to pay" + (why == null ? "" : "; " + why));
    }
}

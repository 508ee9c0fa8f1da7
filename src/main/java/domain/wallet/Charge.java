package domain.wallet;

/** The outcome of charging a wallet: paid, or refused for want of funds (with why an auto top-up did not help). */
public sealed interface Charge {
    record Paid(Payment payment) implements Charge { }

    record Refused(long balance, String autoTopUpFailure) implements Charge { }
}

package domain.wallet;

/** Where top-ups come from. */
public enum FundingKind {
    CARD,
    BANK_ACCOUNT
}

package domain.wallet;

/** What a journal entry books. */
public enum EntryKind {
    TOP_UP,
    PAYMENT,
    REFUND,
    /** Money sent back from the wallet to the card or account it came from. */
    TOP_UP_REFUND,
    /** A top-up refund the gateway declined: the money is back in the wallet. */
    TOP_UP_REFUND_REVERSED
}

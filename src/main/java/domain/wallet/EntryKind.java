package domain.wallet;

/** What a journal entry books. */
public enum EntryKind {
    TOP_UP,
    PAYMENT,
    REFUND
}

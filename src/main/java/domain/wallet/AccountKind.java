package domain.wallet;

/**
 * The accounts of the ledger. A wallet holds what a user may spend; funding clearing is the money that
 * came in through the payment gateway; a partner payable is what gudok owes a shop; platform revenue
 * is gudok's commission.
 */
public enum AccountKind {
    WALLET,
    FUNDING_CLEARING,
    PARTNER_PAYABLE,
    PLATFORM_REVENUE
}

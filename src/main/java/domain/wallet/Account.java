package domain.wallet;

import domain.catalog.ShopId;

/** One account of the ledger: its kind and, for wallets and payables, whose it is. */
public record Account(AccountKind kind, String owner) {
    public static final Account FUNDING_CLEARING = new Account(AccountKind.FUNDING_CLEARING, "");
    public static final Account PLATFORM_REVENUE = new Account(AccountKind.PLATFORM_REVENUE, "");

    public Account {
        if (kind == null || owner == null) throw new IllegalArgumentException("an account needs a kind and an owner");
        boolean owned = kind == AccountKind.WALLET || kind == AccountKind.PARTNER_PAYABLE;
        if (owned == owner.isEmpty()) throw new IllegalArgumentException(kind + " account with owner '" + owner + "'");
    }

    public static Account walletOf(String userId) {
        return new Account(AccountKind.WALLET, userId);
    }

    public static Account payableTo(ShopId shop) {
        return new Account(AccountKind.PARTNER_PAYABLE, shop.value().toString());
    }
}

package domain.wallet;

import domain.catalog.ShopId;

/** Inbound port: a user's auto top-up choice; an admin's commission rate for a shop. */
public interface WalletSettingsUseCase {
    /** {@code amount} null turns auto top-up off. */
    Wallet setAutoTopUp(String userId, Long amount);

    void setCommission(ShopId shop, Commission commission);
}

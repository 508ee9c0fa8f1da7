package domain.wallet;

import domain.catalog.ShopId;

/** Inbound port: a user's auto top-up choice and unlinking a source (the two depend on each other); an admin's commission rate for a shop. */
public interface WalletSettingsUseCase {
    /** {@code amount} null turns auto top-up off. */
    Wallet setAutoTopUp(String userId, Long amount);

    /** Unlinks one of the user's sources; a state conflict for the default while others are linked, or the last one under auto top-up. */
    void unlink(String userId, java.util.UUID sourceId);

    void setCommission(ShopId shop, Commission commission);
}

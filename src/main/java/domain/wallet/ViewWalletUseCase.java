package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;

/** Inbound port: balances and history. */
public interface ViewWalletUseCase {
    Wallet wallet(String userId);

    Page<WalletMovement> movements(String userId, PageRequest page);

    /** What gudok owes the shop now: its payable account's balance. */
    long payableTo(ShopId shop);

    /** The shop's settlement over the Seoul days {@code from} to {@code to}, both included. */
    SettlementStatement statement(ShopId shop, java.time.LocalDate from, java.time.LocalDate to);
}

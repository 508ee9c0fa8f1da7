package domain.wallet;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Outbound port: the double-entry ledger. Posting an entry changes the balances of the wallets it
 * touches in the same transaction; the storage refuses an entry that does not balance or would take a
 * wallet below zero.
 */
public interface Ledger {

    /** The user's wallet, opened if needed and locked until the transaction ends: charges to it queue up. */
    Wallet lockWallet(String userId);

    Optional<Wallet> wallet(String userId);

    /** The wallets of these users (opened if needed), locked in the order given: callers sort them so that no two lockers deadlock. */
    Map<String, Wallet> lockWallets(List<String> userIds);

    void setAutoTopUp(String userId, Long amount);

    void post(List<JournalEntry> entries);

    default void post(JournalEntry entry) {
        post(List.of(entry));
    }

    /** The sum of the account's lines. */
    long balanceOf(Account account);

    /** Newest first. */
    Page<WalletMovement> movements(String userId, PageRequest page);
}

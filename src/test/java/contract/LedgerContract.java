package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import domain.catalog.ShopId;
import domain.wallet.Account;
import domain.wallet.EntryKind;
import domain.wallet.JournalEntry;
import domain.wallet.Ledger;
import domain.wallet.Line;
import domain.wallet.Wallet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The double-entry ledger as the wallet relies on it: a wallet is opened empty, posting moves each wallet by its
 * lines, and the store refuses what would break the books: a wallet below zero, an entry posted twice, a line on
 * an account that is not open (the entry would not balance on the accounts there are). A refused post moves
 * nothing, and neither does the rest of its batch. (An entry whose lines do not add up to zero cannot be made:
 * {@link JournalEntry} refuses it before any store sees it.)
 */
public abstract class LedgerContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();
    private final ShopId shop = ShopId.random();

    protected abstract Ledger ledger();

    @Test
    void aWalletIsOpenedEmptyByItsFirstLock() {
        inTransaction(() -> {
            assertThat(ledger().wallet(user)).isEmpty();
            assertThat(ledger().lockWallet(user)).isEqualTo(new Wallet(user, 0, null));
            assertThat(ledger().wallet(user)).contains(new Wallet(user, 0, null));
        });
    }

    @Test
    void lockingWalletsOpensTheMissingOnesAndKeepsWhatTheOthersHold() {
        String newcomer = user + "-newcomer";
        inTransaction(() -> {
            ledger().lockWallet(user);
            ledger().post(topUp(user, 5_000));

            assertThat(ledger().lockWallets(List.of(newcomer, user)))
                    .containsOnly(entry(user, new Wallet(user, 5_000, null)), entry(newcomer, new Wallet(newcomer, 0, null)));
            assertThat(ledger().lockWallet(user).balance()).isEqualTo(5_000);
        });
    }

    @Test
    void postingMovesEachWalletByItsLines() {
        inTransaction(() -> {
            ledger().lockWallet(user);
            ledger().post(topUp(user, 10_000));
            ledger().post(payment(user, 3_000));

            assertThat(ledger().wallet(user).orElseThrow().balance()).isEqualTo(7_000);
            assertThat(ledger().balanceOf(Account.walletOf(user))).isEqualTo(7_000);
            assertThat(ledger().balanceOf(Account.payableTo(shop))).as("opened by its first booking").isEqualTo(2_700);
        });
    }

    @Test
    void anAccountWithoutLinesHoldsNothing() {
        inTransaction(() -> {
            assertThat(ledger().balanceOf(Account.walletOf(user))).isZero();
            assertThat(ledger().balanceOf(Account.payableTo(ShopId.random()))).isZero();
        });
    }

    @Test
    void anEntryTakingAWalletBelowZeroIsRefusedAndMovesNothing() {
        inTransaction(() -> {
            ledger().lockWallet(user);
            ledger().post(topUp(user, 5_000));

            refused(() -> ledger().post(payment(user, 5_001)));

            assertThat(ledger().wallet(user).orElseThrow().balance()).isEqualTo(5_000);
            assertThat(ledger().balanceOf(Account.walletOf(user))).isEqualTo(5_000);
            assertThat(ledger().balanceOf(Account.payableTo(shop))).isZero();
        });
    }

    @Test
    void aBatchIsPostedWholeOrNotAtAll() {
        inTransaction(() -> {
            ledger().lockWallet(user);
            ledger().post(topUp(user, 5_000));

            refused(() -> ledger().post(List.of(payment(user, 1_000), payment(user, 4_001))));

            assertThat(ledger().wallet(user).orElseThrow().balance()).isEqualTo(5_000);
            assertThat(ledger().balanceOf(Account.payableTo(shop))).isZero();
        });
    }

    @Test
    void anEntryIsPostedOnce() {
        JournalEntry topUp = topUp(user, 5_000);
        inTransaction(() -> {
            ledger().lockWallet(user);
            ledger().post(topUp);

            refused(() -> ledger().post(topUp));

            assertThat(ledger().wallet(user).orElseThrow().balance()).isEqualTo(5_000);
            assertThat(ledger().balanceOf(Account.walletOf(user))).isEqualTo(5_000);
        });
    }

    @Test
    void aLineOnAWalletNeverOpenedIsRefused() {
        inTransaction(() -> {
            refused(() -> ledger().post(topUp(user, 5_000)));

            assertThat(ledger().wallet(user)).isEmpty();
            assertThat(ledger().balanceOf(Account.walletOf(user))).isZero();
        });
    }

    @Test
    void autoTopUpIsSetOnTheWalletAndCleared() {
        inTransaction(() -> {
            ledger().lockWallet(user);
            ledger().setAutoTopUp(user, 20_000L);
            assertThat(ledger().wallet(user)).contains(new Wallet(user, 0, 20_000L));
            assertThat(ledger().lockWallet(user).autoTopUp()).isEqualTo(20_000L);

            ledger().setAutoTopUp(user, null);
            assertThat(ledger().wallet(user)).contains(new Wallet(user, 0, null));
        });
    }

    @Test
    void autoTopUpOfNothingIsRefused() {
        inTransaction(() -> {
            ledger().lockWallet(user);
            refused(() -> ledger().setAutoTopUp(user, 0L));
            refused(() -> ledger().setAutoTopUp(user, -1_000L));
            assertThat(ledger().wallet(user).orElseThrow().autoTopUp()).isNull();
        });
    }

    @Test
    void autoTopUpDoesNotOpenAWallet() {
        inTransaction(() -> {
            ledger().setAutoTopUp(user, 20_000L);
            assertThat(ledger().wallet(user)).isEmpty();
        });
    }

    private static JournalEntry topUp(String userId, long amount) {
        return new JournalEntry(UUID.randomUUID(), EntryKind.TOP_UP, UUID.randomUUID(), AT,
                List.of(new Line(Account.FUNDING_CLEARING, -amount), new Line(Account.walletOf(userId), amount)));
    }

    /** A payment to the shop, a tenth of it gudok's commission. */
    private JournalEntry payment(String userId, long amount) {
        long commission = amount / 10;
        return new JournalEntry(UUID.randomUUID(), EntryKind.PAYMENT, UUID.randomUUID(), AT, List.of(
                new Line(Account.walletOf(userId), -amount),
                new Line(Account.payableTo(shop), amount - commission),
                new Line(Account.PLATFORM_REVENUE, commission)));
    }
}

package contract;

import static org.assertj.core.api.Assertions.assertThat;

import domain.wallet.FundingSource;
import domain.wallet.FundingSources;
import domain.wallet.Ledger;
import domain.wallet.Wallet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The funding sources users link, as the wallet relies on them: a source reads back to its user only; a user has one
 * default at most, and only a linked source can be it; an unlinked source is kept, not counted and not the default;
 * locking the owner opens the wallet, whose row is the lock.
 */
public abstract class FundingSourcesContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();
    private final String someoneElse = user + "-else";

    protected abstract FundingSources sources();

    /** The ledger of the same store: its wallet rows are the owners' locks. */
    protected abstract Ledger ledger();

    @Test
    void aSourceReadsBackAsItWasAddedToItsUserOnly() {
        inTransaction(() -> {
            FundingSource card = Stored.card(user);
            sources().add(card);

            assertThat(sources().byId(user, card.id())).contains(card);
            assertThat(sources().byId(someoneElse, card.id())).isEmpty();
        });
    }

    @Test
    void whatWasNeverAddedIsNotFound() {
        inTransaction(() -> {
            assertThat(sources().byId(user, UUID.randomUUID())).isEmpty();
            assertThat(sources().defaultOf(user)).isEmpty();
            assertThat(sources().countOf(user)).isZero();
        });
    }

    @Test
    void theDefaultIsTheSourceLastMadeDefault() {
        inTransaction(() -> {
            FundingSource first = Stored.card(user);
            FundingSource second = Stored.card(user);
            sources().add(first);
            sources().add(second);

            sources().makeDefault(user, first.id());
            assertThat(sources().defaultOf(user)).contains(first.asDefault(true));

            sources().makeDefault(user, second.id());
            assertThat(sources().defaultOf(user)).contains(second.asDefault(true));
            assertThat(sources().byId(user, first.id())).contains(first);
        });
    }

    @Test
    void aUserHasOneDefault() {
        inTransaction(() -> {
            FundingSource first = Stored.card(user).asDefault(true);
            sources().add(first);
            sources().add(Stored.card(someoneElse).asDefault(true));

            FundingSource second = Stored.card(user).asDefault(true);
            refused(() -> sources().add(second));

            assertThat(sources().defaultOf(user)).contains(first);
            assertThat(sources().byId(user, second.id())).isEmpty();
        });
    }

    @Test
    void anUnlinkedSourceIsKeptButNotCountedNorTheDefault() {
        inTransaction(() -> {
            FundingSource card = Stored.card(user).asDefault(true);
            sources().add(card);
            sources().add(Stored.card(user));

            sources().unlink(user, card.id());

            FundingSource unlinked = sources().byId(user, card.id()).orElseThrow();
            assertThat(unlinked.isLinked()).isFalse();
            assertThat(unlinked.isDefault()).isFalse();
            assertThat(unlinked.gatewayToken()).as("a pending top-up still settles with it").isEqualTo(card.gatewayToken());
            assertThat(sources().defaultOf(user)).isEmpty();
            assertThat(sources().countOf(user)).isEqualTo(1);
        });
    }

    @Test
    void anUnlinkedSourceCannotBecomeTheDefault() {
        inTransaction(() -> {
            FundingSource kept = Stored.card(user).asDefault(true);
            FundingSource gone = Stored.card(user);
            sources().add(kept);
            sources().add(gone);
            sources().unlink(user, gone.id());

            refused(() -> sources().makeDefault(user, gone.id()));

            assertThat(sources().defaultOf(user)).contains(kept);
        });
    }

    @Test
    void aUserCannotUnlinkSomeoneElsesSource() {
        inTransaction(() -> {
            FundingSource card = Stored.card(user);
            sources().add(card);

            sources().unlink(someoneElse, card.id());

            assertThat(sources().byId(user, card.id())).contains(card);
        });
    }

    @Test
    void lockingTheOwnerOpensTheWallet() {
        inTransaction(() -> {
            sources().lockOwner(user);

            assertThat(ledger().wallet(user)).contains(Wallet.empty(user));
        });
    }
}

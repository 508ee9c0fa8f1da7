package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;

import domain.shared.ConcurrentUpdateException;
import domain.wallet.FundingSource;
import domain.wallet.TopUp;
import domain.wallet.TopUps;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Top-ups as the wallet relies on them: a top-up reads back as it was added, to its user only; an update records its
 * outcome and never makes a top-up that was not there; a request key (the client's Idempotency-Key) belongs to one
 * top-up of the user until it is forgotten, and is found only within its retention; a charge finds the user's
 * automatic top-ups still pending, oldest first.
 */
public abstract class TopUpsContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();
    private final String someoneElse = user + "-else";

    protected abstract TopUps topUps();

    protected abstract Surroundings surroundings();

    @Test
    void aTopUpReadsBackAsItWasAddedToItsUserOnly() {
        inTransaction(() -> {
            TopUp topUp = requested(surroundings().fundingSource(user), "key-1", false, AT);
            topUps().add(topUp);

            assertThat(topUps().find(topUp.id())).contains(topUp);
            assertThat(topUps().lock(topUp.id())).contains(topUp);
            assertThat(topUps().byId(user, topUp.id())).contains(topUp);
            assertThat(topUps().byId(someoneElse, topUp.id())).isEmpty();
        });
    }

    @Test
    void whatWasNeverAddedIsNotFound() {
        inTransaction(() -> {
            UUID never = UUID.randomUUID();
            assertThat(topUps().find(never)).isEmpty();
            assertThat(topUps().lock(never)).isEmpty();
            assertThat(topUps().byId(user, never)).isEmpty();
            assertThat(topUps().byRequestKey(user, "key-1", AT.minus(Duration.ofDays(1)))).isEmpty();
            assertThat(topUps().pendingAutomatic(user)).isEmpty();
        });
    }

    @Test
    void anUpdateRecordsTheOutcome() {
        inTransaction(() -> {
            FundingSource card = surroundings().fundingSource(user);
            TopUp approved = requested(card, null, false, AT);
            TopUp declined = requested(card, null, true, AT);
            topUps().add(approved);
            topUps().add(declined);

            TopUp succeeded = approved.succeeded("capture-1", AT.plusSeconds(3));
            topUps().update(succeeded);
            topUps().update(declined.declined("card_declined", AT.plusSeconds(4)));
            assertThat(topUps().find(approved.id())).contains(succeeded);
            assertThat(topUps().find(declined.id())).contains(declined.declined("card_declined", AT.plusSeconds(4)));

            topUps().update(succeeded.refund(4_000));
            assertThat(topUps().find(approved.id()).orElseThrow().refunded()).isEqualTo(4_000);
        });
    }

    @Test
    void anUpdateNeverMakesATopUp() {
        inTransaction(() -> {
            TopUp never = requested(surroundings().fundingSource(user), null, false, AT);
            transactions().failureOf(() -> topUps().update(never.succeeded("capture-1", AT))); // refused or ignored

            assertThat(topUps().find(never.id())).isEmpty();
        });
    }

    @Test
    void anUpdateDoesNotBringBackAForgottenKey() {
        inTransaction(() -> {
            TopUp topUp = requested(surroundings().fundingSource(user), "key-1", false, AT);
            topUps().add(topUp);
            topUps().forgetRequestKey(user, "key-1", AT.plus(Duration.ofDays(1)));

            topUps().update(topUp.succeeded("capture-1", AT.plus(Duration.ofDays(2))));

            assertThat(topUps().find(topUp.id()).orElseThrow().requestKey()).isNull();
        });
    }

    @Test
    void aTopUpIsAddedOnce() {
        inTransaction(() -> {
            TopUp topUp = requested(surroundings().fundingSource(user), null, false, AT);
            topUps().add(topUp);

            refused(() -> topUps().add(topUp));

            assertThat(topUps().find(topUp.id())).contains(topUp);
        });
    }

    @Test
    void aRequestKeyBelongsToOneTopUpOfTheUser() {
        inTransaction(() -> {
            FundingSource card = surroundings().fundingSource(user);
            TopUp first = requested(card, "key-1", false, AT);
            topUps().add(first);

            TopUp again = requested(card, "key-1", false, AT.plusSeconds(1));
            assertThat(refused(() -> topUps().add(again))).isInstanceOf(ConcurrentUpdateException.class);

            assertThat(topUps().find(again.id())).isEmpty();
            assertThat(topUps().byRequestKey(user, "key-1", AT)).contains(first);
        });
    }

    @Test
    void otherUsersAndTopUpsWithoutAKeyDoNotCompeteForKeys() {
        inTransaction(() -> {
            FundingSource card = surroundings().fundingSource(user);
            TopUp mine = requested(card, "key-1", false, AT);
            TopUp theirs = requested(surroundings().fundingSource(someoneElse), "key-1", false, AT);
            TopUp unkeyed = requested(card, null, false, AT);
            TopUp alsoUnkeyed = requested(card, null, false, AT);
            topUps().add(mine);
            topUps().add(theirs);
            topUps().add(unkeyed);
            topUps().add(alsoUnkeyed);

            assertThat(topUps().byRequestKey(user, "key-1", AT)).contains(mine);
            assertThat(topUps().byRequestKey(someoneElse, "key-1", AT)).contains(theirs);
            assertThat(topUps().find(alsoUnkeyed.id())).contains(alsoUnkeyed);
        });
    }

    @Test
    void aRequestKeyIsFoundOnlyWithinItsRetention() {
        inTransaction(() -> {
            TopUp topUp = requested(surroundings().fundingSource(user), "key-1", false, AT);
            topUps().add(topUp);

            assertThat(topUps().byRequestKey(user, "key-1", AT)).as("requested at the start of the retention").contains(topUp);
            assertThat(topUps().byRequestKey(user, "key-1", AT.plusMillis(1))).as("requested before it").isEmpty();
        });
    }

    @Test
    void aForgottenKeyIsFreeForANewTopUp() {
        inTransaction(() -> {
            FundingSource card = surroundings().fundingSource(user);
            TopUp old = requested(card, "key-1", false, AT);
            TopUp kept = requested(card, "key-2", false, AT.plusSeconds(1));
            topUps().add(old);
            topUps().add(kept);

            topUps().forgetRequestKey(user, "key-1", AT.plusSeconds(1));
            topUps().forgetRequestKey(user, "key-2", AT.plusSeconds(1));

            assertThat(topUps().find(old.id()).orElseThrow().requestKey()).isNull();
            assertThat(topUps().find(kept.id()).orElseThrow().requestKey()).as("requested at the cut-off").isEqualTo("key-2");
            TopUp renewed = requested(card, "key-1", false, AT.plus(Duration.ofDays(2)));
            topUps().add(renewed);
            assertThat(topUps().byRequestKey(user, "key-1", AT.minus(Duration.ofDays(1)))).contains(renewed);
        });
    }

    @Test
    void aChargeFindsTheUsersAutomaticTopUpsStillPendingOldestFirst() {
        inTransaction(() -> {
            FundingSource card = surroundings().fundingSource(user);
            TopUp later = requested(card, null, true, AT.plusSeconds(20));
            TopUp earlier = requested(card, null, true, AT.plusSeconds(10));
            TopUp manual = requested(card, null, false, AT);
            TopUp settled = requested(card, null, true, AT);
            topUps().add(later);
            topUps().add(earlier);
            topUps().add(manual);
            topUps().add(settled);
            topUps().update(settled.succeeded("capture-1", AT.plusSeconds(1)));
            topUps().add(requested(surroundings().fundingSource(someoneElse), null, true, AT));

            assertThat(topUps().pendingAutomatic(user)).containsExactly(earlier, later);
        });
    }

    private static TopUp requested(FundingSource source, String requestKey, boolean automatic, Instant at) {
        return TopUp.requested(source.userId(), source, 10_000, automatic, requestKey, at);
    }
}

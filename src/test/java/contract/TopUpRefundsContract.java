package contract;

import static contract.Surroundings.AT;
import static org.assertj.core.api.Assertions.assertThat;

import domain.shared.ConcurrentUpdateException;
import domain.wallet.TopUp;
import domain.wallet.TopUpRefund;
import domain.wallet.TopUpRefunds;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Refunds of top-ups to their source, as the wallet relies on them: a refund reads back as it was added, to its user
 * only; an update records its outcome and never makes a refund that was not there; a request key belongs to one refund
 * of the user until it is forgotten, and is found only within its retention.
 */
public abstract class TopUpRefundsContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();
    private final String someoneElse = user + "-else";

    protected abstract TopUpRefunds refunds();

    protected abstract Surroundings surroundings();

    @Test
    void aRefundReadsBackAsItWasAddedToItsUserOnly() {
        inTransaction(() -> {
            TopUpRefund refund = requested(surroundings().topUp(user), "key-1", AT);
            refunds().add(refund);

            assertThat(refunds().byId(user, refund.id())).contains(refund);
            assertThat(refunds().lock(refund.id())).contains(refund);
            assertThat(refunds().byId(someoneElse, refund.id())).isEmpty();
        });
    }

    @Test
    void whatWasNeverAddedIsNotFound() {
        inTransaction(() -> {
            assertThat(refunds().byId(user, UUID.randomUUID())).isEmpty();
            assertThat(refunds().lock(UUID.randomUUID())).isEmpty();
            assertThat(refunds().byRequestKey(user, "key-1", AT.minus(Duration.ofDays(1)))).isEmpty();
        });
    }

    @Test
    void anUpdateRecordsTheOutcome() {
        inTransaction(() -> {
            TopUp topUp = surroundings().topUp(user);
            TopUpRefund sent = requested(topUp, null, AT);
            TopUpRefund refused = requested(topUp, null, AT);
            refunds().add(sent);
            refunds().add(refused);

            refunds().update(sent.succeeded("refund-1", AT.plusSeconds(3)));
            refunds().update(refused.declined("refund_declined", AT.plusSeconds(4)));

            assertThat(refunds().lock(sent.id())).contains(sent.succeeded("refund-1", AT.plusSeconds(3)));
            assertThat(refunds().lock(refused.id())).contains(refused.declined("refund_declined", AT.plusSeconds(4)));
        });
    }

    @Test
    void anUpdateNeverMakesARefund() {
        inTransaction(() -> {
            TopUpRefund never = requested(surroundings().topUp(user), null, AT);
            transactions().failureOf(() -> refunds().update(never.succeeded("refund-1", AT))); // refused or ignored

            assertThat(refunds().lock(never.id())).isEmpty();
        });
    }

    @Test
    void anUpdateDoesNotBringBackAForgottenKey() {
        inTransaction(() -> {
            TopUpRefund refund = requested(surroundings().topUp(user), "key-1", AT);
            refunds().add(refund);
            refunds().forgetRequestKey(user, "key-1", AT.plus(Duration.ofDays(1)));

            refunds().update(refund.succeeded("refund-1", AT.plus(Duration.ofDays(2))));

            assertThat(refunds().lock(refund.id()).orElseThrow().requestKey()).isNull();
        });
    }

    @Test
    void aRefundIsAddedOnce() {
        inTransaction(() -> {
            TopUpRefund refund = requested(surroundings().topUp(user), null, AT);
            refunds().add(refund);

            refused(() -> refunds().add(refund));

            assertThat(refunds().lock(refund.id())).contains(refund);
        });
    }

    @Test
    void aRequestKeyBelongsToOneRefundOfTheUser() {
        inTransaction(() -> {
            TopUp topUp = surroundings().topUp(user);
            TopUpRefund first = requested(topUp, "key-1", AT);
            refunds().add(first);

            TopUpRefund again = requested(topUp, "key-1", AT.plusSeconds(1));
            assertThat(refused(() -> refunds().add(again))).isInstanceOf(ConcurrentUpdateException.class);

            assertThat(refunds().lock(again.id())).isEmpty();
            assertThat(refunds().byRequestKey(user, "key-1", AT)).contains(first);
        });
    }

    @Test
    void otherUsersAndRefundsWithoutAKeyDoNotCompeteForKeys() {
        inTransaction(() -> {
            TopUp topUp = surroundings().topUp(user);
            TopUpRefund mine = requested(topUp, "key-1", AT);
            TopUpRefund theirs = requested(surroundings().topUp(someoneElse), "key-1", AT);
            TopUpRefund unkeyed = requested(topUp, null, AT);
            TopUpRefund alsoUnkeyed = requested(topUp, null, AT);
            refunds().add(mine);
            refunds().add(theirs);
            refunds().add(unkeyed);
            refunds().add(alsoUnkeyed);

            assertThat(refunds().byRequestKey(user, "key-1", AT)).contains(mine);
            assertThat(refunds().byRequestKey(someoneElse, "key-1", AT)).contains(theirs);
            assertThat(refunds().lock(alsoUnkeyed.id())).contains(alsoUnkeyed);
        });
    }

    @Test
    void aRequestKeyIsFoundOnlyWithinItsRetention() {
        inTransaction(() -> {
            TopUpRefund refund = requested(surroundings().topUp(user), "key-1", AT);
            refunds().add(refund);

            assertThat(refunds().byRequestKey(user, "key-1", AT)).as("requested at the start of the retention").contains(refund);
            assertThat(refunds().byRequestKey(user, "key-1", AT.plusMillis(1))).as("requested before it").isEmpty();
        });
    }

    @Test
    void aForgottenKeyIsFreeForANewRefund() {
        inTransaction(() -> {
            TopUp topUp = surroundings().topUp(user);
            TopUpRefund old = requested(topUp, "key-1", AT);
            TopUpRefund kept = requested(topUp, "key-2", AT.plusSeconds(1));
            refunds().add(old);
            refunds().add(kept);

            refunds().forgetRequestKey(user, "key-1", AT.plusSeconds(1));
            refunds().forgetRequestKey(user, "key-2", AT.plusSeconds(1));

            assertThat(refunds().lock(old.id()).orElseThrow().requestKey()).isNull();
            assertThat(refunds().lock(kept.id()).orElseThrow().requestKey()).as("requested at the cut-off").isEqualTo("key-2");
            TopUpRefund renewed = requested(topUp, "key-1", AT.plus(Duration.ofDays(2)));
            refunds().add(renewed);
            assertThat(refunds().byRequestKey(user, "key-1", AT.minus(Duration.ofDays(1)))).contains(renewed);
        });
    }

    private static TopUpRefund requested(TopUp topUp, String requestKey, Instant at) {
        return new TopUpRefund(UUID.randomUUID(), topUp.id(), topUp.userId(), 10_000, domain.wallet.TopUpStatus.PENDING, null, null,
                requestKey, at, null);
    }
}

package contract;

import static contract.Surroundings.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.PlanKind;
import domain.shared.ConcurrentUpdateException;
import domain.subscription.Subscription;
import domain.subscription.Subscriptions;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Subscriptions as their use cases rely on them: a subscription reads back as it was added, and is added once; an
 * update is kept only at the version it was read at and moves the version on, else it fails with a concurrent-update
 * error and the stored one stays as it was.
 */
public abstract class SubscriptionsContract extends StoreContract {
    private final String user = "contract-" + UUID.randomUUID();

    protected abstract Subscriptions subscriptions();

    protected abstract Surroundings surroundings();

    @Test
    void aSubscriptionReadsBackAsItWasAdded() {
        inTransaction(() -> {
            Subscription subscription = Stored.subscription(user, surroundings().plan(PlanKind.RENTAL));
            subscriptions().add(subscription, 29_900);

            assertThat(subscriptions().byId(subscription.id())).contains(subscription);
            assertThat(subscriptions().byId(UUID.randomUUID())).isEmpty();
            assertThat(subscriptions().priceTaken(subscription.id(), subscription.planId())).isEqualTo(29_900);
        });
    }

    @Test
    void aSubscriptionKeepsThePriceItTookOfEachPlan() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
            long first = subscriptions().priceTaken(subscription.id(), subscription.planId());
            java.util.UUID other = surroundings().plan(PlanKind.REGULAR_DELIVERY).id();

            subscriptions().takePrice(subscription.id(), other, 12_345);
            subscriptions().takePrice(subscription.id(), other, 99_999);
            subscriptions().takePrice(subscription.id(), subscription.planId(), 1);

            assertThat(subscriptions().priceTaken(subscription.id(), other)).as("the first price taken stays").isEqualTo(12_345);
            assertThat(subscriptions().priceTaken(subscription.id(), subscription.planId())).isEqualTo(first);
        });
    }

    @Test
    void aSubscriptionIsAddedOnce() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);

            refused(() -> subscriptions().add(subscription, 1));

            assertThat(subscriptions().byId(subscription.id())).contains(subscription);
        });
    }

    @Test
    void anUpdateAtTheVersionReadIsKeptAndMovesTheVersionOn() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);

            subscriptions().update(subscription.pause(FIRST_DAY, FIRST_DAY.plusWeeks(3)));
            Subscription paused = subscriptions().byId(subscription.id()).orElseThrow();
            assertThat(paused).isEqualTo(withVersion(subscription.pause(FIRST_DAY, FIRST_DAY.plusWeeks(3)), 1));

            subscriptions().update(paused.resume());
            assertThat(subscriptions().byId(subscription.id())).contains(withVersion(paused.resume(), 2));
        });
    }

    @Test
    void anUpdateOfAStaleVersionIsAConcurrentUpdate() {
        inTransaction(() -> {
            Subscription subscription = surroundings().subscription(user, PlanKind.REGULAR_DELIVERY);
            subscriptions().update(subscription.changeQuantity(2));

            assertThat(refused(() -> subscriptions().update(subscription.changeQuantity(3)))).isInstanceOf(ConcurrentUpdateException.class);

            assertThat(subscriptions().byId(subscription.id())).contains(withVersion(subscription.changeQuantity(2), 1));
        });
    }

    @Test
    void anUpdateOfASubscriptionNeverAddedIsRefused() {
        inTransaction(() -> {
            Subscription never = Stored.subscription(user, surroundings().plan(PlanKind.REGULAR_DELIVERY));

            refused(() -> subscriptions().update(never.changeQuantity(2)));

            assertThat(subscriptions().byId(never.id())).isEmpty();
        });
    }

    private static Subscription withVersion(Subscription s, long version) {
        return new Subscription(s.id(), s.userId(), s.shopId(), s.planId(), s.kind(), s.quantity(), s.address(), s.startDate(), s.state(),
                s.scheduleAnchor(), s.anchorCycle(), s.pause(), s.commitmentEndsOn(), s.cancellation(), s.createdAt(), version);
    }
}

package contract;

import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.subscription.Subscription;
import domain.subscription.Subscriptions;
import domain.wallet.FundingSource;
import domain.wallet.FundingSources;
import domain.wallet.TopUp;
import domain.wallet.TopUps;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records a store's rows stand on, stored where the store under test finds them: PostgreSQL's foreign keys want
 * a real shop, plan, subscription or funding source; the simulation's stores keep them next to each other.
 */
public interface Surroundings {
    /** When the contracts' records were made; PostgreSQL keeps instants to the microsecond, so this is a round one. */
    Instant AT = Instant.parse("2031-03-01T09:00:00Z");
    /** The first delivery day of the contracts' subscriptions. */
    LocalDate FIRST_DAY = LocalDate.of(2031, 3, 5);
    DeliveryAddress ADDRESS = new DeliveryAddress("Kim Minji", "010-1234-5678", "1 Pangyo-ro", null, "13529");

    /** A new shop's plan: regular deliveries at 9,900 won each, or a rental at 29,900 won a month. */
    Plan plan(PlanKind kind);

    /** The stores the records below are written to: the ones under test, or beside them. */
    Subscriptions subscriptionStore();

    Deliveries deliveryStore();

    FundingSources fundingSourceStore();

    TopUps topUpStore();

    /** The user's new subscription to a new plan of that kind, starting on {@link #FIRST_DAY}. */
    default Subscription subscription(String userId, PlanKind kind) {
        Plan plan = plan(kind);
        Subscription subscription = Stored.subscription(userId, plan);
        subscriptionStore().add(subscription, plan.price());
        return subscription;
    }

    /** Stores the delivery as it is, in whatever state. */
    default Delivery add(Delivery delivery) {
        deliveryStore().add(List.of(delivery));
        return delivery;
    }

    /** The user's new card, linked. */
    default FundingSource fundingSource(String userId) {
        FundingSource card = Stored.card(userId);
        fundingSourceStore().add(card);
        return card;
    }

    /** The user's top-up of 50,000 won from a new card, succeeded. */
    default TopUp topUp(String userId) {
        TopUp topUp = Stored.topUp(fundingSource(userId));
        topUpStore().add(topUp);
        return topUp;
    }

    default ShopId shop() {
        return plan(PlanKind.REGULAR_DELIVERY).shopId();
    }

    /** A new delivery of the subscription's cycle, scheduled on {@link #FIRST_DAY} plus a week a cycle. */
    default Delivery delivery(Subscription subscription, int cycle) {
        return add(Stored.delivery(subscription, cycle));
    }

    default Delivery delivery(String userId) {
        return delivery(subscription(userId, PlanKind.REGULAR_DELIVERY), 0);
    }
}

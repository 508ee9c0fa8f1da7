package simulation;

import contract.Stored;
import contract.Surroundings;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.subscription.Subscription;
import domain.wallet.FundingSource;
import domain.wallet.TopUp;
import java.util.List;
import java.util.UUID;

/** The simulation's stores, wired as {@link World} wires them, for the store contracts; and the surroundings in them. */
final class SimStores implements Surroundings {
    final SimCatalog plans = new SimCatalog();
    final SimSubscriptions subscriptions = new SimSubscriptions();
    final SimDeliveries deliveries = new SimDeliveries(plans);
    final SimRentalMonths rentalMonths = new SimRentalMonths(deliveries);
    final SimSkippedDays skippedDays = new SimSkippedDays();
    final SimJobs jobs = new SimJobs();
    final SimWallets wallets = new SimWallets(java.time.Clock.systemUTC());
    final SimPayments payments = new SimPayments();
    final SimTopUps topUps = new SimTopUps();
    final SimTopUpRefunds topUpRefunds = new SimTopUpRefunds();

    @Override
    public Plan plan(PlanKind kind) {
        Plan plan = Stored.plan(ShopId.random(), UUID.randomUUID(), kind);
        plans.add(plan);
        return plan;
    }

    @Override
    public Subscription subscription(String userId, PlanKind kind) {
        Subscription subscription = Stored.subscription(userId, plan(kind));
        subscriptions.add(subscription);
        return subscription;
    }

    @Override
    public Delivery add(Delivery delivery) {
        deliveries.add(List.of(delivery));
        return delivery;
    }

    @Override
    public FundingSource fundingSource(String userId) {
        FundingSource card = Stored.card(userId);
        wallets.add(card);
        return card;
    }

    @Override
    public TopUp topUp(String userId) {
        TopUp topUp = Stored.topUp(fundingSource(userId));
        topUps.add(topUp);
        return topUp;
    }
}

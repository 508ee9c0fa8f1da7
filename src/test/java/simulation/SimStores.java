package simulation;

import contract.Stored;
import contract.Surroundings;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.ShopId;
import domain.delivery.Deliveries;
import domain.subscription.Subscriptions;
import domain.wallet.FundingSources;
import domain.wallet.TopUps;
import java.util.UUID;

/** The simulation's stores, wired as {@link World} wires them, for the store contracts; and the surroundings in them. */
final class SimStores implements Surroundings {
    final SimCatalog plans = new SimCatalog();
    final SimSubscriptions subscriptions = new SimSubscriptions();
    final SimDeliveries deliveries = new SimDeliveries(plans, subscriptions);
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
    public Subscriptions subscriptionStore() {
        return subscriptions;
    }

    @Override
    public Deliveries deliveryStore() {
        return deliveries;
    }

    @Override
    public FundingSources fundingSourceStore() {
        return wallets;
    }

    @Override
    public TopUps topUpStore() {
        return topUps;
    }
}

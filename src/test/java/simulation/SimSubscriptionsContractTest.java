package simulation;

import contract.SubscriptionsContract;
import contract.Surroundings;
import domain.subscription.Subscriptions;

class SimSubscriptionsContractTest extends SubscriptionsContract {
    private final SimStores stores = new SimStores();

    @Override
    protected Subscriptions subscriptions() {
        return stores.subscriptions;
    }

    @Override
    protected Surroundings surroundings() {
        return stores;
    }

    @Override
    protected Transactions transactions() {
        return SimTransactions.INSTANCE;
    }
}

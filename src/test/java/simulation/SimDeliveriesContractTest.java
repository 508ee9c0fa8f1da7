package simulation;

import contract.DeliveriesContract;
import contract.Surroundings;
import domain.delivery.Deliveries;

class SimDeliveriesContractTest extends DeliveriesContract {
    private final SimStores stores = new SimStores();

    @Override
    protected Deliveries deliveries() {
        return stores.deliveries;
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

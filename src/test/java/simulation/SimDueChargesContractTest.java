package simulation;

import contract.DueChargesContract;
import contract.Surroundings;
import domain.billing.DueCharges;
import domain.delivery.Deliveries;

class SimDueChargesContractTest extends DueChargesContract {
    private final SimStores stores = new SimStores();

    @Override
    protected DueCharges dueCharges() {
        return stores.deliveries;
    }

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

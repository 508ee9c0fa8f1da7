package simulation;

import contract.PaymentsContract;
import contract.Surroundings;
import domain.wallet.Payments;

class SimPaymentsContractTest extends PaymentsContract {
    private final SimStores stores = new SimStores();

    @Override
    protected Payments payments() {
        return stores.payments;
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

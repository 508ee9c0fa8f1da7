package simulation;

import contract.TopUpsContract;
import contract.Surroundings;
import domain.wallet.TopUps;

class SimTopUpsContractTest extends TopUpsContract {
    private final SimStores stores = new SimStores();

    @Override
    protected TopUps topUps() {
        return stores.topUps;
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

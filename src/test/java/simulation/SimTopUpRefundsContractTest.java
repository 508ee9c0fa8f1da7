package simulation;

import contract.TopUpRefundsContract;
import contract.Surroundings;
import domain.wallet.TopUpRefunds;

class SimTopUpRefundsContractTest extends TopUpRefundsContract {
    private final SimStores stores = new SimStores();

    @Override
    protected TopUpRefunds refunds() {
        return stores.topUpRefunds;
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

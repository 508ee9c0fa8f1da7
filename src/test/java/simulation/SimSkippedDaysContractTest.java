package simulation;

import contract.SkippedDaysContract;
import contract.Surroundings;
import domain.subscription.SkippedDays;

class SimSkippedDaysContractTest extends SkippedDaysContract {
    private final SimStores stores = new SimStores();

    @Override
    protected SkippedDays skippedDays() {
        return stores.skippedDays;
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

package simulation;

import contract.JobsContract;
import domain.scheduling.Jobs;

class SimJobsContractTest extends JobsContract {
    private final SimStores stores = new SimStores();

    @Override
    protected Jobs jobs() {
        return stores.jobs;
    }

    @Override
    protected Transactions transactions() {
        return SimTransactions.INSTANCE;
    }
}

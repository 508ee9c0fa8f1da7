package contract;

import adapters.persistence.PostgresJobs;
import domain.scheduling.Jobs;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresJobsContractTest extends JobsContract {
    @Inject
    PostgresJobs jobs;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected Jobs jobs() {
        return jobs;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

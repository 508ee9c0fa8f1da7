package contract;

import adapters.persistence.PostgresSkippedDays;
import domain.subscription.SkippedDays;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresSkippedDaysContractTest extends SkippedDaysContract {
    @Inject
    PostgresSkippedDays store;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected SkippedDays skippedDays() {
        return store;
    }

    @Override
    protected Surroundings surroundings() {
        return surroundings;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

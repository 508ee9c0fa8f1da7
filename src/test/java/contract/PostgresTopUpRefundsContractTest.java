package contract;

import adapters.persistence.PostgresTopUpRefunds;
import domain.wallet.TopUpRefunds;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresTopUpRefundsContractTest extends TopUpRefundsContract {
    @Inject
    PostgresTopUpRefunds store;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected TopUpRefunds refunds() {
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

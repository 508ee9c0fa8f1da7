package contract;

import adapters.persistence.PostgresTopUps;
import domain.wallet.TopUps;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresTopUpsContractTest extends TopUpsContract {
    @Inject
    PostgresTopUps store;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected TopUps topUps() {
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

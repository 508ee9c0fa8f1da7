package contract;

import adapters.persistence.PostgresPayments;
import domain.wallet.Payments;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresPaymentsContractTest extends PaymentsContract {
    @Inject
    PostgresPayments payments;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected Payments payments() {
        return payments;
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

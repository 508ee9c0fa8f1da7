package contract;

import adapters.persistence.PanacheDeliveries;
import domain.delivery.Deliveries;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresDeliveriesContractTest extends DeliveriesContract {
    @Inject
    PanacheDeliveries deliveries;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected Deliveries deliveries() {
        return deliveries;
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

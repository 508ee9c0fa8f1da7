package contract;

import adapters.persistence.PanacheDeliveries;
import adapters.persistence.PostgresDueCharges;
import domain.billing.DueCharges;
import domain.delivery.Deliveries;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresDueChargesContractTest extends DueChargesContract {
    @Inject
    PostgresDueCharges dueCharges;
    @Inject
    PanacheDeliveries deliveries;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected DueCharges dueCharges() {
        return dueCharges;
    }

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

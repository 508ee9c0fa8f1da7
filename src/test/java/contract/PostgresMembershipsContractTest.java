package contract;

import adapters.persistence.PostgresMemberships;
import domain.classification.Memberships;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresMembershipsContractTest extends MembershipsContract {
    @Inject
    PostgresMemberships store;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected Memberships memberships() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

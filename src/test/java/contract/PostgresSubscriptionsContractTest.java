package contract;

import adapters.persistence.PanacheSubscriptions;
import domain.subscription.Subscriptions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresSubscriptionsContractTest extends SubscriptionsContract {
    @Inject
    PanacheSubscriptions store;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected Subscriptions subscriptions() {
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

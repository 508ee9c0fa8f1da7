package contract;

import adapters.persistence.PostgresRentalMonths;
import domain.billing.RentalMonths;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresRentalMonthsContractTest extends RentalMonthsContract {
    @Inject
    PostgresRentalMonths rentalMonths;
    @Inject
    PostgresSurroundings surroundings;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected RentalMonths rentalMonths() {
        return rentalMonths;
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

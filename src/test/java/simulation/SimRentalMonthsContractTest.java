package simulation;

import contract.RentalMonthsContract;
import contract.Surroundings;
import domain.billing.RentalMonths;

class SimRentalMonthsContractTest extends RentalMonthsContract {
    private final SimStores stores = new SimStores();

    @Override
    protected RentalMonths rentalMonths() {
        return stores.rentalMonths;
    }

    @Override
    protected Surroundings surroundings() {
        return stores;
    }

    @Override
    protected Transactions transactions() {
        return SimTransactions.INSTANCE;
    }
}

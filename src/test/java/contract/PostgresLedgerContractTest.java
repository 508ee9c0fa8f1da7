package contract;

import adapters.persistence.PostgresLedger;
import domain.wallet.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresLedgerContractTest extends LedgerContract {
    @Inject
    PostgresLedger ledger;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected Ledger ledger() {
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

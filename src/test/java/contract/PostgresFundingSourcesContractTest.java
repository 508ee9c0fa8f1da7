package contract;

import adapters.persistence.PostgresFundingSources;
import adapters.persistence.PostgresLedger;
import domain.wallet.FundingSources;
import domain.wallet.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

@QuarkusTest
class PostgresFundingSourcesContractTest extends FundingSourcesContract {
    @Inject
    PostgresFundingSources sources;
    @Inject
    PostgresLedger ledger;
    @Inject
    RolledBackTransactions transactions;

    @Override
    protected FundingSources sources() {
        return sources;
    }

    @Override
    protected Ledger ledger() {
        return ledger;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}

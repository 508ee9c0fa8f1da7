package simulation;

import contract.FundingSourcesContract;
import domain.wallet.FundingSources;
import domain.wallet.Ledger;

class SimFundingSourcesContractTest extends FundingSourcesContract {
    private final SimStores stores = new SimStores();

    @Override
    protected FundingSources sources() {
        return stores.wallets;
    }

    @Override
    protected Ledger ledger() {
        return stores.wallets;
    }

    @Override
    protected Transactions transactions() {
        return SimTransactions.INSTANCE;
    }
}

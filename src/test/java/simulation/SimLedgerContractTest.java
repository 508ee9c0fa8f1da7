package simulation;

import contract.LedgerContract;
import domain.wallet.Ledger;

class SimLedgerContractTest extends LedgerContract {
    private final SimStores stores = new SimStores();

    @Override
    protected Ledger ledger() {
        return stores.wallets;
    }

    @Override
    protected Transactions transactions() {
        return SimTransactions.INSTANCE;
    }
}

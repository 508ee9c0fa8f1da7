package simulation;

import contract.StoreContract;

/** The simulation's transactions for the store contracts: a refused write is undone by its nested {@link Tx}. */
final class SimTransactions implements StoreContract.Transactions {
    static final SimTransactions INSTANCE = new SimTransactions();

    private SimTransactions() {
    }

    @Override
    public void run(Runnable work) {
        Tx.run(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public RuntimeException failureOf(Runnable write) {
        try {
            run(write);
            return null;
        } catch (RuntimeException failed) {
            return failed;
        }
    }
}

package simulation;

import contract.MembershipsContract;
import domain.classification.Memberships;

class InMemoryMembershipsContractTest extends MembershipsContract {
    private final InMemoryMemberships store = new InMemoryMemberships();

    @Override
    protected Memberships memberships() {
        return store;
    }

    @Override
    protected Transactions transactions() {
        return new Transactions() {
            @Override
            public void run(Runnable work) {
                work.run();
            }

            @Override
            public RuntimeException failureOf(Runnable write) {
                try {
                    write.run();
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            }
        };
    }
}

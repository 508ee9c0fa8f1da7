package contract;

import static org.assertj.core.api.Assertions.assertThat;

import domain.shared.DomainException;

/**
 * What the store contracts share: each test runs as one transaction, and a write the store must refuse is
 * undone the way the transaction it would end is rolled back, so that the test can look at what the store kept.
 * A subclass runs the contract on one store: the simulation's in-memory one, or the PostgreSQL adapter.
 */
public abstract class StoreContract {

    /** How the store's transactions are run. */
    public interface Transactions {
        /** Runs one test's work as one transaction. */
        void run(Runnable work);

        /** Runs a write inside the test's transaction: if it throws, it is undone and its exception answered; else null. */
        RuntimeException failureOf(Runnable write);
    }

    protected abstract Transactions transactions();

    protected final void inTransaction(Runnable work) {
        transactions().run(work);
    }

    /**
     * The exception with which the store refuses the write, which left nothing behind. A refusal is what the
     * adapters turn a broken rule into: a domain exception (a concurrent update) or an illegal state; a programming
     * error (a missing method, a null) is not one.
     */
    protected final RuntimeException refused(Runnable write) {
        RuntimeException refusal = transactions().failureOf(write);
        assertThat(refusal).as("the store refuses the write").isNotNull();
        assertThat(refusal).as("a refusal, not a programming error").isInstanceOfAny(DomainException.class, IllegalStateException.class);
        return refusal;
    }
}

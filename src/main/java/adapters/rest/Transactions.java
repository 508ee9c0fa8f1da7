package adapters.rest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import java.util.function.Supplier;

/** The use case is the unit of work: it runs in a transaction of its own, started here, on the adapter side. */
final class Transactions {
    private Transactions() { }

    static <T> T inNew(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}

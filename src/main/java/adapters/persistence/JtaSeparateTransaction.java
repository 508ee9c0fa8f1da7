package adapters.persistence;

import domain.shared.SeparateTransaction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/** A new JTA transaction; the caller's is suspended meanwhile and goes on afterwards. */
@ApplicationScoped
public class JtaSeparateTransaction implements SeparateTransaction {
    @Override
    public <T> T commit(Supplier<T> work) {
        try {
            return QuarkusTransaction.requiringNew().call(work::get);
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}

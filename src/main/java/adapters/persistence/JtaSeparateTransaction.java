package adapters.persistence;

import domain.shared.SeparateTransaction;
import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * A new JTA transaction; the caller's is suspended meanwhile and goes on afterwards. Its statements
 * run on a connection of the nested pool ({@link NestedConnections}).
 */
@ApplicationScoped
public class JtaSeparateTransaction implements SeparateTransaction {
    private final AgroalDataSource nested;

    JtaSeparateTransaction(@DataSource("nested") AgroalDataSource nested) {
        this.nested = nested;
    }

    @Override
    public <T> T commit(Supplier<T> work) {
        try {
            return NestedConnections.using(nested, () -> QuarkusTransaction.requiringNew().call(work::get));
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw e;
        }
    }
}

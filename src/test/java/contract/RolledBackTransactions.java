package contract;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Transactions for the store contracts on PostgreSQL. Each test runs in a transaction of its own that is rolled
 * back at the end, so the shared database keeps none of its rows (nor do the job relay and the billing runs of the
 * running app see them). A refused write is undone to a savepoint, as PostgreSQL undoes the transaction it ends; the
 * ORM session forgets what it held, as it would with the transaction.
 */
@ApplicationScoped
public class RolledBackTransactions implements StoreContract.Transactions {
    private final AgroalDataSource dataSource;

    RolledBackTransactions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void run(Runnable work) {
        QuarkusTransaction.begin();
        try {
            work.run();
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    @Override
    public RuntimeException failureOf(Runnable write) {
        Panache.getEntityManager().flush();
        execute("SAVEPOINT refused_write");
        try {
            write.run();
        } catch (RuntimeException failed) {
            execute("ROLLBACK TO SAVEPOINT refused_write");
            Panache.getEntityManager().clear();
            return failed;
        }
        execute("RELEASE SAVEPOINT refused_write");
        return null;
    }

    /** On the transaction's own connection: the data source hands it out again while the transaction lasts. */
    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

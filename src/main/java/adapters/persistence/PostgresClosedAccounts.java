package adapters.persistence;

import domain.account.AccountClosure;
import domain.account.ClosedAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Closed accounts in PostgreSQL ({@code closed_accounts}). The lock between a closure and what a closed account
 * may not start is a transaction-scoped advisory lock on the user (shared to hold the account open, exclusive to
 * close it): it needs no row, so it also covers a user who has none yet.
 */
@ApplicationScoped
public class PostgresClosedAccounts implements ClosedAccounts {
    /** The advisory locks' first key ("acct"): the user id's hash is the second. */
    private static final int ACCOUNT_LOCKS = 0x61636374;

    private final Sql sql;

    PostgresClosedAccounts(DataSource dataSource) {
        this.sql = new Sql(dataSource, "closed account");
    }

    @Override
    public Optional<AccountClosure> holdOpen(String userId) {
        return lockedThen("pg_advisory_xact_lock_shared", userId);
    }

    @Override
    public Optional<AccountClosure> lockForClosing(String userId) {
        return lockedThen("pg_advisory_xact_lock", userId);
    }

    /**
     * The lock, then the row: two statements, because a statement reads the data as it was when it started, and
     * the closure this one may have waited for committed after that. Sent together, in one round trip: the server
     * runs the second (and takes its snapshot) only once the first holds the lock.
     */
    private Optional<AccountClosure> lockedThen(String lockFunction, String userId) {
        return sql.execute("SELECT " + lockFunction + "(?, hashtext(?)); "
                + "SELECT user_id, closed_at, payment_records_until, subscription_ids FROM closed_accounts WHERE user_id = ?",
                statement -> {
                    statement.setInt(1, ACCOUNT_LOCKS);
                    statement.setString(2, userId);
                    statement.setString(3, userId);
                    statement.execute();
                    if (!statement.getMoreResults()) throw new SQLException("the closed account's row did not follow its lock");
                    try (ResultSet row = statement.getResultSet()) {
                        return row.next() ? Optional.of(closure(row)) : Optional.<AccountClosure>empty();
                    }
                });
    }

    @Override
    public void add(AccountClosure closure) {
        sql.execute("INSERT INTO closed_accounts (user_id, closed_at, payment_records_until, subscription_ids) VALUES (?, ?, ?, ?)",
                statement -> {
                    statement.setString(1, closure.userId());
                    statement.setObject(2, Sql.utc(closure.closedAt()));
                    statement.setObject(3, closure.paymentRecordsKeptUntil());
                    statement.setArray(4, statement.getConnection().createArrayOf("uuid", closure.subscriptionIds().toArray()));
                    return statement.executeUpdate();
                });
    }

    private static AccountClosure closure(ResultSet row) throws SQLException {
        Array ids = row.getArray("subscription_ids");
        List<UUID> subscriptionIds = Arrays.stream((Object[]) ids.getArray()).map(UUID.class::cast).toList();
        return new AccountClosure(row.getString("user_id"), Sql.instant(row, "closed_at"),
                row.getObject("payment_records_until", LocalDate.class), subscriptionIds);
    }
}

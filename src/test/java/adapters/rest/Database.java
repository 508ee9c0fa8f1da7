package adapters.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows straight from PostgreSQL, to prove that a refused request wrote nothing. */
@ApplicationScoped
public class Database {
    private static final List<String> TABLES = List.of("shops", "products", "plans", "subscriptions", "deliveries", "idempotency_keys", "jobs");

    private final AgroalDataSource dataSource;

    Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The row counts once scheduled work due now has run (billing runs and payment retries of earlier
     * tests go on in the background), so that a difference is the request's doing.
     */
    public Map<String, Long> rowCounts() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (count("SELECT count(*) FROM jobs WHERE state = 'SCHEDULED' AND due_at < now() + interval '3 seconds'") > 0
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) counts.put(table, count("SELECT count(*) FROM " + table));
        counts.put("subscription versions", count("SELECT coalesce(sum(version), 0) FROM subscriptions"));
        counts.put("delivery versions", count("SELECT coalesce(sum(version), 0) FROM deliveries"));
        return counts;
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Locks the rows a {@code SELECT … FOR UPDATE} finds, in a transaction of its own that lasts until the
     * lock is closed: requests that need those rows wait there, so a test can line up a race exactly.
     */
    public RowLock lock(String selectForUpdate, String id) {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            try (PreparedStatement statement = c.prepareStatement(selectForUpdate)) {
                statement.setObject(1, java.util.UUID.fromString(id));
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) throw new IllegalStateException("nothing to lock: " + selectForUpdate + " " + id);
                }
            }
            return new RowLock(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds a SHARE lock on a table until closed: reads go on, every insert, update or delete waits. */
    public RowLock lockTable(String table) {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(false);
            try (var statement = c.createStatement()) {
                statement.execute("LOCK TABLE " + table + " IN SHARE MODE");
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return new RowLock(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits (up to 30 s) until this many sessions of the test database wait for a lock. */
    public void awaitSessionsWaitingForLocks(int sessions) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        String waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        while (count(waiting) < sessions) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("fewer than " + sessions + " sessions wait for a lock");
            Thread.sleep(20);
        }
    }

    /** An open transaction holding row locks; closing it lets the waiting requests go on. */
    public static final class RowLock implements AutoCloseable {
        private final Connection connection;

        private RowLock(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection) {
                connection.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

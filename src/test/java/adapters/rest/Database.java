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

/**
 * PostgreSQL as the tests see it, past the app: row counts that prove a refused request wrote nothing,
 * and locks held from outside that stop requests at a chosen point.
 */
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
        while (count("SELECT count(*) FROM jobs WHERE state = 'SCHEDULED' AND due_at < '" + Fixtures.now().plusSeconds(3) + "'::timestamptz") > 0
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

    /** The first column of every row. */
    public List<String> texts(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> values = new java.util.ArrayList<>();
            while (rs.next()) values.add(rs.getString(1));
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tables (of gudok's schema) holding a row whose text contains {@code secret} anywhere. */
    public List<String> tablesContaining(String secret) {
        if (!secret.matches("[A-Za-z0-9_-]+")) throw new IllegalArgumentException("searches for plain tokens only");
        return texts("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                + "AND table_type = 'BASE TABLE' ORDER BY table_name").stream()
                .filter(table -> count("SELECT count(*) FROM " + table + " t WHERE strpos(row_to_json(t)::text, '" + secret + "') > 0") > 0)
                .toList();
    }

    public String text(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Locks the row a {@code SELECT … FOR UPDATE} with one id parameter finds, in a transaction of its own
     * that lasts until the lock is closed: requests that need the row wait there, so a test can line up a
     * race instead of hoping for one.
     */
    public HeldLock lock(String selectForUpdate, String id) {
        return hold(c -> {
            try (PreparedStatement statement = c.prepareStatement(selectForUpdate)) {
                statement.setObject(1, java.util.UUID.fromString(id));
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) throw new IllegalStateException("nothing to lock: " + selectForUpdate + " " + id);
                }
            }
        });
    }

    /**
     * Runs the statements in a transaction of its own that stays open, holding what they locked, until it is
     * committed or closed (rolled back).
     */
    public HeldLock begin(String... statements) {
        return hold(c -> {
            try (var statement = c.createStatement()) {
                for (String sql : statements) statement.execute(sql);
            }
        });
    }

    /** Holds a SHARE lock on a table until closed: reads go on, every insert, update or delete waits. */
    public HeldLock lockTable(String table) {
        return hold(c -> {
            try (var statement = c.createStatement()) {
                statement.execute("LOCK TABLE " + table + " IN SHARE MODE");
            }
        });
    }

    private interface Locking {
        void lock(Connection connection) throws SQLException;
    }

    private HeldLock hold(Locking locking) {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(false);
            locking.lock(c);
            return new HeldLock(this, c, pid(c));
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try (Connection failed = c) {
                    failed.rollback();
                } catch (SQLException ignored) {
                    // the connection is closed either way; the first failure is the one to report
                }
            }
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    private static int pid(Connection c) throws SQLException {
        try (ResultSet row = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            row.next();
            return row.getInt(1);
        }
    }

    /** An open transaction holding locks; closing it lets the sessions waiting for them go on. */
    public static final class HeldLock implements AutoCloseable {
        private final Database database;
        private final Connection connection;
        private final int pid;

        private HeldLock(Database database, Connection connection, int pid) {
            this.database = database;
            this.connection = connection;
            this.pid = pid;
        }

        /**
         * Waits (up to 30 s) until this many sessions wait because of this lock: for it directly, or in a
         * queue behind a session that waits for it. Other sessions waiting for other locks do not count.
         */
        public void awaitWaiting(int sessions) throws InterruptedException {
            String waiting = """
                    WITH RECURSIVE behind(pid) AS (
                        SELECT pid FROM pg_stat_activity WHERE %d = ANY (pg_blocking_pids(pid))
                        UNION
                        SELECT a.pid FROM pg_stat_activity a JOIN behind b ON b.pid = ANY (pg_blocking_pids(a.pid)))
                    SELECT count(*) FROM behind""".formatted(pid);
            long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
            while (database.count(waiting) < sessions) {
                if (System.nanoTime() > deadline) throw new IllegalStateException("fewer than " + sessions + " sessions wait for the test's lock");
                Thread.sleep(20);
            }
        }

        /** Commits what the transaction wrote; closing it afterwards changes nothing. */
        public void commit() {
            try {
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
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

    /** Runs the statement unless a row it needs stays locked for a second; answers whether it ran. */
    public boolean executeUnlessLocked(String sql) {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SET LOCAL lock_timeout = '1s'; " + sql);
            return true;
        } catch (SQLException e) {
            if ("55P03".equals(e.getSQLState())) return false;
            throw new IllegalStateException(e);
        }
    }
}

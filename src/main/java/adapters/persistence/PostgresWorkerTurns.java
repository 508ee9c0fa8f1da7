package adapters.persistence;

import adapters.WorkerTurns;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link WorkerTurns} as a session advisory lock, on a connection of its own (not the pool's), held while one batch is
 * worked and released after it. An instance that dies releases it with its session.
 */
@ApplicationScoped
public class PostgresWorkerTurns implements WorkerTurns {
    private final String url, user, password;
    private Connection connection;

    PostgresWorkerTurns(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                @ConfigProperty(name = "quarkus.datasource.username") String user,
                @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public synchronized <T> T inTurn(long turn, Supplier<T> work) {
        Connection session = session();
        lock(session, "SELECT pg_advisory_lock(?)", turn);
        try {
            return work.get();
        } finally {
            boolean held;
            try {
                held = lock(session, "SELECT pg_advisory_unlock(?)", turn);
            } catch (RuntimeException unlockFailed) {
                held = false; // the session is closed: its lock went with it
            }
            // The session died during the work (and the lock with it): another instance may have worked meanwhile, so
            // the batch is not called done; it is tried again, and a batch is safe to repeat.
            if (!held) throw new IllegalStateException("the worker's turn was lost during the batch");
        }
    }

    private Connection session() {
        try {
            if (connection != null && connection.isValid(2)) return connection;
            close();
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("user", user);
            properties.setProperty("password", password);
            properties.setProperty("tcpKeepAlive", "true");
            // an idle session must not be ended by the server while it holds the turn over a long batch
            properties.setProperty("options", "-c idle_session_timeout=0 -c idle_in_transaction_session_timeout=0");
            connection = DriverManager.getConnection(url, properties);
            return connection;
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("no session for the worker's turn: " + e.getMessage(), e);
        }
    }

    private boolean lock(Connection session, String sql, long turn) {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, turn);
            try (java.sql.ResultSet row = statement.executeQuery()) {
                // pg_advisory_lock answers nothing (void); pg_advisory_unlock whether the lock was held
                return sql.contains("pg_advisory_lock(") || row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("the worker's turn: " + e.getMessage(), e);
        }
    }

    private void close() {
        if (connection == null) return;
        try {
            connection.close();
        } catch (SQLException ignored) {
            // gone either way
        }
        connection = null;
    }
}

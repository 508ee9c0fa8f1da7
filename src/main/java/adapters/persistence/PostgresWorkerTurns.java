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
            try {
                lock(session, "SELECT pg_advisory_unlock(?)", turn);
            } catch (RuntimeException unlockFailed) {
                close(); // the session goes, and its lock with it
            }
        }
    }

    private Connection session() {
        try {
            if (connection != null && connection.isValid(2)) return connection;
            close();
            connection = DriverManager.getConnection(url, user, password);
            return connection;
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("no session for the worker's turn: " + e.getMessage(), e);
        }
    }

    private void lock(Connection session, String sql, long turn) {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, turn);
            statement.execute();
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

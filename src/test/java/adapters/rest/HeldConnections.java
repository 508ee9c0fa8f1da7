package adapters.rest;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Connections of one of the app's pools, taken from inside its JVM and held until closed. */
final class HeldConnections implements AutoCloseable {
    private final List<Connection> connections = new ArrayList<>();

    private HeldConnections() { }

    static HeldConnections take(AgroalDataSource pool, int count) throws SQLException {
        HeldConnections held = new HeldConnections();
        for (int i = 0; i < count; i++) held.connections.add(pool.getConnection());
        return held;
    }

    /** Every connection the pool may open. */
    static HeldConnections all(AgroalDataSource pool) throws SQLException {
        return take(pool, sizeOf(pool));
    }

    static int sizeOf(AgroalDataSource pool) {
        return pool.getConfiguration().connectionPoolConfiguration().maxSize();
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : connections) connection.close();
    }
}

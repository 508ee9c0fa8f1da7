package adapters.persistence;

import domain.shared.ConcurrentUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC for the tables that are read and written in bulk or under row locks. Inside a transaction
 * the data source hands out the transaction's own connection, so these statements commit or roll back
 * with the rest of the use case; inside a nested transaction that is a connection of the nested pool.
 */
final class Sql {
    private final DataSource dataSource;
    private final String what;

    Sql(DataSource dataSource, String what) {
        this.dataSource = dataSource;
        this.what = what;
    }

    interface Work<T> {
        T run(PreparedStatement statement) throws SQLException;
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    <T> T execute(String sql, Work<T> work) {
        try (Connection connection = NestedConnections.poolFor(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            return work.run(statement);
        } catch (SQLException e) {
            // A deadlock or lock time-out with concurrent work, or a unique key a concurrent change took first (a
            // rental month settled twice, a request key): this change lost a race and may be retried.
            if ("40P01".equals(e.getSQLState()) || "40001".equals(e.getSQLState()) || "55P03".equals(e.getSQLState())
                    || "23505".equals(e.getSQLState())) {
                throw new ConcurrentUpdateException(what, "of this change");
            }
            throw new IllegalStateException(what + ": " + e.getMessage(), e);
        }
    }

    int update(String sql, Binder binder) {
        return execute(sql, statement -> {
            binder.bind(statement);
            return statement.executeUpdate();
        });
    }

    <T> List<T> list(String sql, Binder binder, RowMapper<T> mapper) {
        return execute(sql, statement -> {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) rows.add(mapper.map(row));
            }
            return rows;
        });
    }

    <T> Optional<T> one(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = list(sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}

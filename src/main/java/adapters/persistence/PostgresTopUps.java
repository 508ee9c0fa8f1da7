package adapters.persistence;

import domain.shared.Page;
import domain.shared.PageRequest;
import domain.wallet.TopUp;
import domain.wallet.TopUpStatus;
import domain.wallet.TopUps;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Top-ups in PostgreSQL. */
@ApplicationScoped
public class PostgresTopUps implements TopUps {
    private static final String COLUMNS = """
            id, user_id, source_id, amount, status, decline_reason, gateway_reference, automatic, request_key, requested_at, settled_at,
            refunded""";
    private final Sql sql;

    PostgresTopUps(DataSource dataSource) {
        this.sql = new Sql(dataSource, "top-up");
    }

    @Override
    public void add(TopUp topUp) {
        sql.update("INSERT INTO top_ups (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, topUp.id());
            s.setString(2, topUp.userId());
            s.setObject(3, topUp.sourceId());
            s.setLong(4, topUp.amount());
            s.setString(5, topUp.status().name());
            s.setString(6, topUp.declineReason());
            s.setString(7, topUp.gatewayReference());
            s.setBoolean(8, topUp.automatic());
            s.setString(9, topUp.requestKey());
            s.setObject(10, Sql.utc(topUp.requestedAt()));
            s.setObject(11, Sql.utc(topUp.settledAt()));
            s.setLong(12, topUp.refunded());
        });
    }

    @Override
    public void update(TopUp topUp) {
        sql.update("UPDATE top_ups SET status = ?, decline_reason = ?, gateway_reference = ?, settled_at = ?, refunded = ? WHERE id = ?", s -> {
            s.setString(1, topUp.status().name());
            s.setString(2, topUp.declineReason());
            s.setString(3, topUp.gatewayReference());
            s.setObject(4, Sql.utc(topUp.settledAt()));
            s.setLong(5, topUp.refunded());
            s.setObject(6, topUp.id());
        });
    }

    @Override
    public Optional<TopUp> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM top_ups WHERE id = ? FOR UPDATE", s -> s.setObject(1, id), PostgresTopUps::topUp);
    }

    @Override
    public Optional<TopUp> byId(String userId, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM top_ups WHERE id = ? AND user_id = ?", s -> {
            s.setObject(1, id);
            s.setString(2, userId);
        }, PostgresTopUps::topUp);
    }

    @Override
    public Optional<TopUp> find(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM top_ups WHERE id = ?", s -> s.setObject(1, id), PostgresTopUps::topUp);
    }

    @Override
    public Optional<TopUp> byRequestKey(String userId, String requestKey, java.time.Instant since) {
        return sql.one("SELECT " + COLUMNS + " FROM top_ups WHERE user_id = ? AND request_key = ? AND requested_at >= ?", s -> {
            s.setString(1, userId);
            s.setString(2, requestKey);
            s.setObject(3, Sql.utc(since));
        }, PostgresTopUps::topUp);
    }

    @Override
    public void forgetRequestKey(String userId, String requestKey, java.time.Instant before) {
        sql.update("UPDATE top_ups SET request_key = NULL WHERE user_id = ? AND request_key = ? AND requested_at < ?", s -> {
            s.setString(1, userId);
            s.setString(2, requestKey);
            s.setObject(3, Sql.utc(before));
        });
    }

    @Override
    public Page<TopUp> ofUser(String userId, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        java.time.Instant afterTime = after == null ? null : after.instant();
        java.util.List<TopUp> rows = sql.list("SELECT " + COLUMNS + " FROM top_ups WHERE user_id = ?"
                + " AND (?::timestamptz IS NULL OR (requested_at, id) < (?, ?)) ORDER BY requested_at DESC, id DESC LIMIT ?", s -> {
            s.setString(1, userId);
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, PostgresTopUps::topUp);
        return Paging.page(rows, page, topUp -> topUp.requestedAt().toString(), TopUp::id, topUp -> topUp);
    }

    @Override
    public java.util.List<TopUp> pendingAutomatic(String userId) {
        return sql.list("SELECT " + COLUMNS + " FROM top_ups WHERE user_id = ? AND automatic AND status = 'PENDING' ORDER BY requested_at",
                s -> s.setString(1, userId), PostgresTopUps::topUp);
    }

    private static TopUp topUp(ResultSet row) throws SQLException {
        return new TopUp(row.getObject("id", UUID.class), row.getString("user_id"), row.getObject("source_id", UUID.class),
                row.getLong("amount"), TopUpStatus.valueOf(row.getString("status")), row.getString("decline_reason"),
                row.getString("gateway_reference"), row.getBoolean("automatic"), row.getString("request_key"),
                Sql.instant(row, "requested_at"), Sql.instant(row, "settled_at"), row.getLong("refunded"));
    }
}

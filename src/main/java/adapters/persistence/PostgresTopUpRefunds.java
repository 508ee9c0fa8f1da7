package adapters.persistence;

import domain.wallet.TopUpRefund;
import domain.wallet.TopUpRefunds;
import domain.wallet.TopUpStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Refunds of top-ups in PostgreSQL. */
@ApplicationScoped
public class PostgresTopUpRefunds implements TopUpRefunds {
    private static final String COLUMNS = """
            id, top_up_id, user_id, amount, status, decline_reason, gateway_reference, request_key, requested_at, settled_at""";
    private final Sql sql;

    PostgresTopUpRefunds(DataSource dataSource) {
        this.sql = new Sql(dataSource, "top-up refund");
    }

    @Override
    public void add(TopUpRefund refund) {
        sql.update("INSERT INTO top_up_refunds (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, refund.id());
            s.setObject(2, refund.topUpId());
            s.setString(3, refund.userId());
            s.setLong(4, refund.amount());
            s.setString(5, refund.status().name());
            s.setString(6, refund.declineReason());
            s.setString(7, refund.gatewayReference());
            s.setString(8, refund.requestKey());
            s.setObject(9, Sql.utc(refund.requestedAt()));
            s.setObject(10, Sql.utc(refund.settledAt()));
        });
    }

    @Override
    public void update(TopUpRefund refund) {
        sql.update("UPDATE top_up_refunds SET status = ?, decline_reason = ?, gateway_reference = ?, settled_at = ? WHERE id = ?", s -> {
            s.setString(1, refund.status().name());
            s.setString(2, refund.declineReason());
            s.setString(3, refund.gatewayReference());
            s.setObject(4, Sql.utc(refund.settledAt()));
            s.setObject(5, refund.id());
        });
    }

    @Override
    public Optional<TopUpRefund> byId(String userId, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM top_up_refunds WHERE id = ? AND user_id = ?", s -> {
            s.setObject(1, id);
            s.setString(2, userId);
        }, PostgresTopUpRefunds::refund);
    }

    @Override
    public Optional<TopUpRefund> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM top_up_refunds WHERE id = ? FOR UPDATE", s -> s.setObject(1, id),
                PostgresTopUpRefunds::refund);
    }

    @Override
    public Optional<TopUpRefund> byRequestKey(String userId, String requestKey, java.time.Instant since) {
        return sql.one("SELECT " + COLUMNS + " FROM top_up_refunds WHERE user_id = ? AND request_key = ? AND requested_at >= ?", s -> {
            s.setString(1, userId);
            s.setString(2, requestKey);
            s.setObject(3, Sql.utc(since));
        }, PostgresTopUpRefunds::refund);
    }

    @Override
    public void forgetRequestKey(String userId, String requestKey, java.time.Instant before) {
        sql.update("UPDATE top_up_refunds SET request_key = NULL WHERE user_id = ? AND request_key = ? AND requested_at < ?", s -> {
            s.setString(1, userId);
            s.setString(2, requestKey);
            s.setObject(3, Sql.utc(before));
        });
    }

    private static TopUpRefund refund(ResultSet row) throws SQLException {
        return new TopUpRefund(row.getObject("id", UUID.class), row.getObject("top_up_id", UUID.class), row.getString("user_id"),
                row.getLong("amount"), TopUpStatus.valueOf(row.getString("status")), row.getString("decline_reason"),
                row.getString("gateway_reference"), row.getString("request_key"), Sql.instant(row, "requested_at"),
                Sql.instant(row, "settled_at"));
    }
}

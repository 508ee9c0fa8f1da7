package adapters.persistence;

import domain.notification.NotificationChannel;
import domain.notification.NotificationSend;
import domain.notification.NotificationSends;
import domain.notification.SendState;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** The emails and push messages to send ({@code notification_sends}). */
@ApplicationScoped
public class PostgresNotificationSends implements NotificationSends {
    private static final String COLUMNS = "id, notification_id, user_id, channel, state, attempts, not_before, handed_off_until, sent_at, last_error";
    private static final int CHUNK = 1_000;
    private final Sql sql;

    PostgresNotificationSends(DataSource dataSource) {
        this.sql = new Sql(dataSource, "notification send");
    }

    @Override
    public void add(List<NotificationSend> sends) {
        for (int from = 0; from < sends.size(); from += CHUNK) {
            List<NotificationSend> chunk = sends.subList(from, Math.min(sends.size(), from + CHUNK));
            StringBuilder insert = new StringBuilder("INSERT INTO notification_sends (" + COLUMNS + ") VALUES ");
            for (int i = 0; i < chunk.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            sql.update(insert.toString(), s -> {
                int p = 1;
                for (NotificationSend send : chunk) {
                    s.setObject(p++, send.id());
                    s.setObject(p++, send.notificationId());
                    s.setString(p++, send.userId());
                    s.setString(p++, send.channel().name());
                    s.setString(p++, send.state().name());
                    s.setInt(p++, send.attempts());
                    s.setObject(p++, Sql.utc(send.notBefore()));
                    s.setObject(p++, Sql.utc(send.handedOffUntil()));
                    s.setObject(p++, Sql.utc(send.sentAt()));
                    s.setString(p++, send.lastError());
                }
            });
        }
    }

    @Override
    public Optional<NotificationSend> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM notification_sends WHERE id = ? FOR UPDATE", s -> s.setObject(1, id),
                PostgresNotificationSends::send);
    }

    @Override
    public void update(NotificationSend send) {
        sql.update("UPDATE notification_sends SET state = ?, attempts = ?, not_before = ?, handed_off_until = ?, sent_at = ?, last_error = ?"
                + " WHERE id = ?", s -> {
            s.setString(1, send.state().name());
            s.setInt(2, send.attempts());
            s.setObject(3, Sql.utc(send.notBefore()));
            s.setObject(4, Sql.utc(send.handedOffUntil()));
            s.setObject(5, Sql.utc(send.sentAt()));
            s.setString(6, send.lastError());
            s.setObject(7, send.id());
        });
    }

    @Override
    public List<NotificationSend> lostHandOffs(Instant now, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM notification_sends WHERE state = 'PENDING' AND handed_off_until IS NOT NULL"
                + " AND handed_off_until < ? ORDER BY handed_off_until LIMIT ? FOR UPDATE SKIP LOCKED", s -> {
            s.setObject(1, Sql.utc(now));
            s.setInt(2, limit);
        }, PostgresNotificationSends::send);
    }

    private static NotificationSend send(ResultSet row) throws SQLException {
        return new NotificationSend(row.getObject("id", UUID.class), row.getObject("notification_id", UUID.class), row.getString("user_id"),
                NotificationChannel.valueOf(row.getString("channel")), SendState.valueOf(row.getString("state")), row.getInt("attempts"),
                Sql.instant(row, "not_before"), Sql.instant(row, "handed_off_until"), Sql.instant(row, "sent_at"), row.getString("last_error"));
    }
}

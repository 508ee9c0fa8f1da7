package adapters.persistence;

import domain.notification.Notification;
import domain.notification.NotificationKind;
import domain.notification.Notifications;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The notifications made, which are the subscribers' inboxes ({@code notifications}). */
@ApplicationScoped
public class PostgresNotifications implements Notifications {
    private static final String COLUMNS = "id, user_id, kind, source_key, title, body, subscription_id, delivery_id, in_inbox, created_at, read_at";
    private static final int CHUNK = 1_000;
    private final Sql sql;

    PostgresNotifications(DataSource dataSource) {
        this.sql = new Sql(dataSource, "notification");
    }

    @Override
    public List<Notification> addAll(List<Notification> notifications) {
        Set<UUID> added = new HashSet<>();
        for (int from = 0; from < notifications.size(); from += CHUNK) {
            List<Notification> chunk = notifications.subList(from, Math.min(notifications.size(), from + CHUNK));
            StringBuilder insert = new StringBuilder("INSERT INTO notifications (" + COLUMNS + ") VALUES ");
            for (int i = 0; i < chunk.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.append(" ON CONFLICT (user_id, source_key, kind) DO NOTHING RETURNING id");
            added.addAll(sql.list(insert.toString(), s -> {
                int p = 1;
                for (Notification n : chunk) {
                    s.setObject(p++, n.id());
                    s.setString(p++, n.userId());
                    s.setString(p++, n.kind().name());
                    s.setString(p++, n.sourceKey());
                    s.setString(p++, n.title());
                    s.setString(p++, n.body());
                    s.setObject(p++, n.subscriptionId());
                    s.setObject(p++, n.deliveryId());
                    s.setBoolean(p++, n.inInbox());
                    s.setObject(p++, Sql.utc(n.createdAt()));
                    s.setObject(p++, Sql.utc(n.readAt()));
                }
            }, row -> row.getObject(1, UUID.class)));
        }
        return notifications.stream().filter(n -> added.contains(n.id())).toList();
    }

    @Override
    public Optional<Notification> byId(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM notifications WHERE id = ?", s -> s.setObject(1, id), PostgresNotifications::notification);
    }

    @Override
    public Page<Notification> inbox(String userId, boolean unreadOnly, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<Notification> rows = sql.list("SELECT " + COLUMNS + " FROM notifications WHERE user_id = ? AND in_inbox"
                + (unreadOnly ? " AND read_at IS NULL" : "")
                + " AND (?::timestamptz IS NULL OR (created_at, id) < (?, ?)) ORDER BY created_at DESC, id DESC LIMIT ?", s -> {
            s.setString(1, userId);
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, PostgresNotifications::notification);
        return Paging.page(rows, page, n -> n.createdAt().toString(), Notification::id, n -> n);
    }

    @Override
    public Optional<Notification> markRead(String userId, UUID id, Instant at) {
        return sql.one("UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ? AND in_inbox RETURNING " + COLUMNS,
                s -> {
                    s.setObject(1, Sql.utc(at));
                    s.setObject(2, id);
                    s.setString(3, userId);
                }, PostgresNotifications::notification);
    }

    @Override
    public void forgetUser(String userId) {
        sql.update("DELETE FROM notifications WHERE user_id = ?", s -> s.setString(1, userId));
    }

    private static Notification notification(ResultSet row) throws SQLException {
        return new Notification(row.getObject("id", UUID.class), row.getString("user_id"), NotificationKind.valueOf(row.getString("kind")),
                row.getString("source_key"), row.getString("title"), row.getString("body"), row.getObject("subscription_id", UUID.class),
                row.getObject("delivery_id", UUID.class), row.getBoolean("in_inbox"), Sql.instant(row, "created_at"), Sql.instant(row, "read_at"));
    }
}

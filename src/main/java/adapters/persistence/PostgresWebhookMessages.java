package adapters.persistence;

import domain.catalog.ShopId;
import domain.webhook.MessageState;
import domain.webhook.WebhookAttempt;
import domain.webhook.WebhookMessage;
import domain.webhook.WebhookMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Webhook messages and their attempts in PostgreSQL ({@code webhook_messages}, {@code webhook_attempts}). */
@ApplicationScoped
public class PostgresWebhookMessages implements WebhookMessages {
    private static final String COLUMNS = "id, endpoint_id, shop_id, event_id, event_type, payload, created_at, state, attempts, "
            + "next_attempt_at, handed_off_until, delivered_at, last_error";
    private final Sql sql;

    PostgresWebhookMessages(DataSource dataSource) {
        this.sql = new Sql(dataSource, "webhook message");
    }

    @Override
    public List<WebhookMessage> addAll(List<WebhookMessage> messages) {
        Set<UUID> added = new HashSet<>();
        // A statement takes at most 65,535 parameters: a batch of events to many endpoints goes in chunks.
        for (int from = 0; from < messages.size(); from += CHUNK) {
            added.addAll(insert(messages.subList(from, Math.min(messages.size(), from + CHUNK))));
        }
        return messages.stream().filter(m -> added.contains(m.id())).toList();
    }

    private static final int CHUNK = 2_000;

    private List<UUID> insert(List<WebhookMessage> messages) {
        StringBuilder insert = new StringBuilder("INSERT INTO webhook_messages (" + COLUMNS + ") VALUES ");
        for (int i = 0; i < messages.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.append(" ON CONFLICT (endpoint_id, event_id) DO NOTHING RETURNING id");
        return sql.execute(insert.toString(), s -> {
            int p = 1;
            for (WebhookMessage m : messages) {
                s.setObject(p++, m.id());
                s.setObject(p++, m.endpointId());
                s.setObject(p++, m.shop().value());
                s.setObject(p++, m.eventId());
                s.setString(p++, m.eventType());
                s.setString(p++, m.payload());
                s.setObject(p++, Sql.utc(m.createdAt()));
                s.setString(p++, m.state().name());
                s.setInt(p++, m.attempts());
                s.setObject(p++, Sql.utc(m.nextAttemptAt()));
                s.setObject(p++, Sql.utc(m.handedOffUntil()));
                s.setObject(p++, Sql.utc(m.deliveredAt()));
                s.setString(p++, m.lastError());
            }
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) ids.add(rows.getObject(1, UUID.class));
            }
            return ids;
        });
    }

    @Override
    public Optional<WebhookMessage> byId(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM webhook_messages WHERE id = ?", s -> s.setObject(1, id), PostgresWebhookMessages::message);
    }

    @Override
    public Optional<WebhookMessage> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM webhook_messages WHERE id = ? FOR UPDATE", s -> s.setObject(1, id),
                PostgresWebhookMessages::message);
    }

    @Override
    public void update(WebhookMessage m) {
        sql.update("UPDATE webhook_messages SET state = ?, attempts = ?, next_attempt_at = ?, handed_off_until = ?, delivered_at = ?, "
                + "last_error = ? WHERE id = ?", s -> {
            s.setString(1, m.state().name());
            s.setInt(2, m.attempts());
            s.setObject(3, Sql.utc(m.nextAttemptAt()));
            s.setObject(4, Sql.utc(m.handedOffUntil()));
            s.setObject(5, Sql.utc(m.deliveredAt()));
            s.setString(6, m.lastError() == null ? null : m.lastError().substring(0, Math.min(m.lastError().length(), 1000)));
            s.setObject(7, m.id());
        });
    }

    @Override
    public void addAttempt(WebhookAttempt a) {
        sql.update("INSERT INTO webhook_attempts (message_id, number, attempted_at, status_code, response_millis, response_body, error) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", s -> {
            s.setObject(1, a.messageId());
            s.setInt(2, a.number());
            s.setObject(3, Sql.utc(a.attemptedAt()));
            s.setObject(4, a.statusCode());
            s.setLong(5, a.responseMillis());
            s.setString(6, a.responseBody());
            s.setString(7, a.error() == null ? null : a.error().substring(0, Math.min(a.error().length(), 1000)));
        });
    }

    @Override
    public List<WebhookMessage> lostHandOffs(Instant now, int limit) {
        // Locked here, skipping those another instance's sweep or a recording holds: sweeps never wait on each other.
        return sql.list("SELECT " + COLUMNS + " FROM webhook_messages WHERE handed_off_until < ? AND state = 'PENDING' "
                + "ORDER BY handed_off_until, id LIMIT ? FOR UPDATE SKIP LOCKED", s -> {
            s.setObject(1, Sql.utc(now));
            s.setInt(2, limit);
        }, PostgresWebhookMessages::message);
    }

    private static WebhookMessage message(ResultSet row) throws SQLException {
        return new WebhookMessage(row.getObject("id", UUID.class), row.getObject("endpoint_id", UUID.class),
                new ShopId(row.getObject("shop_id", UUID.class)), row.getObject("event_id", UUID.class), row.getString("event_type"),
                row.getString("payload"), Sql.instant(row, "created_at"), MessageState.valueOf(row.getString("state")),
                row.getInt("attempts"), Sql.instant(row, "next_attempt_at"), Sql.instant(row, "handed_off_until"),
                Sql.instant(row, "delivered_at"), row.getString("last_error"));
    }
}

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
    private static final String COLUMNS = "id, endpoint_id, shop_id, event_id, subscription_id, event_type, payload, created_at, state, "
            + "attempts, next_attempt_at, handed_off_until, delivered_at, last_error, waiting";
    /** The advisory locks' first key ("whsu"): a subscription's stripe is the second. */
    private static final int SUBSCRIPTION_LOCKS = 0x77687375;
    /** How many advisory locks stand for all subscriptions (as the event history's: a batch takes at most this many). */
    private static final int STRIPES = 64;
    private final Sql sql;

    PostgresWebhookMessages(DataSource dataSource) {
        this.sql = new Sql(dataSource, "webhook message");
    }

    @Override
    public List<WebhookMessage> addAll(List<WebhookMessage> messages) {
        if (messages.isEmpty()) return List.of();
        // Shared locks on the subscriptions' stripes, then a fresh look at the erased ones: a closure (exclusive on
        // the same stripes) either erased them before, and this sees it, or waits and erases what this adds.
        Set<UUID> subscriptions = new HashSet<>();
        for (WebhookMessage m : messages) if (m.subscriptionId() != null) subscriptions.add(m.subscriptionId());
        Set<UUID> erased = new HashSet<>();
        if (!subscriptions.isEmpty()) {
            lock("pg_advisory_xact_lock_shared", subscriptions);
            erased.addAll(sql.list("SELECT subscription_id FROM webhook_erased_subscriptions WHERE subscription_id = ANY (?)",
                    s -> s.setArray(1, s.getConnection().createArrayOf("uuid", subscriptions.toArray())),
                    row -> row.getObject(1, UUID.class)));
        }
        List<WebhookMessage> kept = messages.stream().filter(m -> m.subscriptionId() == null || !erased.contains(m.subscriptionId())).toList();
        Set<UUID> added = new HashSet<>();
        // A statement takes at most 65,535 parameters: a batch of events to many endpoints goes in chunks.
        for (int from = 0; from < kept.size(); from += CHUNK) {
            added.addAll(insert(kept.subList(from, Math.min(kept.size(), from + CHUNK))));
        }
        return kept.stream().filter(m -> added.contains(m.id())).toList();
    }

    @Override
    public int forgetSubscriptions(java.util.Collection<UUID> subscriptionIds, String reason) {
        lock("pg_advisory_xact_lock", subscriptionIds);
        Object[] ids = subscriptionIds.toArray();
        sql.update("INSERT INTO webhook_erased_subscriptions (subscription_id) SELECT unnest(?::uuid[]) ON CONFLICT DO NOTHING",
                s -> s.setArray(1, s.getConnection().createArrayOf("uuid", ids)));
        return sql.update("""
                UPDATE webhook_messages SET payload = '{}',
                  state = CASE WHEN state = 'PENDING' THEN 'FAILED' ELSE state END,
                  last_error = CASE WHEN state = 'PENDING' THEN ? ELSE last_error END,
                  next_attempt_at = NULL, handed_off_until = NULL, waiting = false
                WHERE subscription_id = ANY (?) AND payload <> '{}'""", s -> {
            s.setString(1, reason);
            s.setArray(2, s.getConnection().createArrayOf("uuid", ids));
        });
    }

    /** The subscriptions' stripes, in the stripes' order (two takers never wait for each other in a ring). */
    private void lock(String function, java.util.Collection<UUID> subscriptions) {
        sql.list("SELECT " + function + "(?, stripe) FROM (SELECT DISTINCT hashtext(id::text) & " + (STRIPES - 1)
                + " AS stripe FROM unnest(?::uuid[]) AS id) s ORDER BY stripe", s -> {
            s.setInt(1, SUBSCRIPTION_LOCKS);
            s.setArray(2, s.getConnection().createArrayOf("uuid", subscriptions.toArray()));
        }, row -> null);
    }

    private static final int CHUNK = 2_000;

    private List<UUID> insert(List<WebhookMessage> messages) {
        StringBuilder insert = new StringBuilder("INSERT INTO webhook_messages (" + COLUMNS + ") VALUES ");
        for (int i = 0; i < messages.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        insert.append(" ON CONFLICT (endpoint_id, event_id) DO NOTHING RETURNING id");
        return sql.execute(insert.toString(), s -> {
            int p = 1;
            for (WebhookMessage m : messages) {
                s.setObject(p++, m.id());
                s.setObject(p++, m.endpointId());
                s.setObject(p++, m.shop().value());
                s.setObject(p++, m.eventId());
                s.setObject(p++, m.subscriptionId());
                s.setString(p++, m.eventType());
                s.setString(p++, m.payload());
                s.setObject(p++, Sql.utc(m.createdAt()));
                s.setString(p++, m.state().name());
                s.setInt(p++, m.attempts());
                s.setObject(p++, Sql.utc(m.nextAttemptAt()));
                s.setObject(p++, Sql.utc(m.handedOffUntil()));
                s.setObject(p++, Sql.utc(m.deliveredAt()));
                s.setString(p++, m.lastError());
                s.setBoolean(p++, m.waiting());
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
                + "last_error = ?, waiting = ? WHERE id = ?", s -> {
            s.setString(1, m.state().name());
            s.setInt(2, m.attempts());
            s.setObject(3, Sql.utc(m.nextAttemptAt()));
            s.setObject(4, Sql.utc(m.handedOffUntil()));
            s.setObject(5, Sql.utc(m.deliveredAt()));
            s.setString(6, m.lastError() == null ? null : m.lastError().substring(0, Math.min(m.lastError().length(), 1000)));
            s.setBoolean(7, m.waiting());
            s.setObject(8, m.id());
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

    /** One statement; the rows locked in the order of their ids, so two batches never wait for each other in a ring. */
    @Override
    public List<WebhookMessage> lockAll(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) return List.of();
        Object[] distinct = ids.stream().distinct().toArray();
        return sql.list("SELECT " + COLUMNS + " FROM webhook_messages WHERE id = ANY (?) ORDER BY id FOR UPDATE",
                s -> s.setArray(1, s.getConnection().createArrayOf("uuid", distinct)), PostgresWebhookMessages::message);
    }

    @Override
    public void updateAll(List<WebhookMessage> updated) {
        if (updated.isEmpty()) return;
        StringBuilder update = new StringBuilder("UPDATE webhook_messages m SET state = v.state, attempts = v.attempts,"
                + " next_attempt_at = v.next_attempt_at, handed_off_until = v.handed_off_until, delivered_at = v.delivered_at,"
                + " last_error = v.last_error, waiting = v.waiting FROM (VALUES ");
        for (int i = 0; i < updated.size(); i++) {
            update.append(i == 0 ? "" : ", ").append("(?::uuid, ?, ?::int, ?::timestamptz, ?::timestamptz, ?::timestamptz, ?, ?::boolean)");
        }
        update.append(") AS v (id, state, attempts, next_attempt_at, handed_off_until, delivered_at, last_error, waiting) WHERE m.id = v.id");
        sql.update(update.toString(), s -> {
            int p = 1;
            for (WebhookMessage m : updated) {
                s.setObject(p++, m.id());
                s.setString(p++, m.state().name());
                s.setInt(p++, m.attempts());
                s.setObject(p++, Sql.utc(m.nextAttemptAt()));
                s.setObject(p++, Sql.utc(m.handedOffUntil()));
                s.setObject(p++, Sql.utc(m.deliveredAt()));
                s.setString(p++, m.lastError() == null ? null : m.lastError().substring(0, Math.min(m.lastError().length(), 1000)));
                s.setBoolean(p++, m.waiting());
            }
        });
    }

    @Override
    public List<WebhookMessage> lockWaiting(UUID endpointId, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM webhook_messages WHERE endpoint_id = ? AND waiting AND state = 'PENDING'"
                + " ORDER BY created_at, id LIMIT ?"
                + " FOR UPDATE SKIP LOCKED", s -> {
            s.setObject(1, endpointId);
            s.setInt(2, limit);
        }, PostgresWebhookMessages::message);
    }

    @Override
    public List<UUID> endpointsWithWaiting(int limit) {
        // The endpoints whose oldest waiting message is oldest first: none starves behind the others.
        return sql.list("SELECT endpoint_id FROM webhook_messages WHERE waiting GROUP BY endpoint_id ORDER BY min(created_at) LIMIT ?",
                s -> s.setInt(1, limit),
                row -> row.getObject(1, UUID.class));
    }

    @Override
    public void addAttempts(List<WebhookAttempt> attempts) {
        if (attempts.isEmpty()) return;
        StringBuilder insert = new StringBuilder("INSERT INTO webhook_attempts (message_id, number, attempted_at, status_code,"
                + " response_millis, response_body, error) VALUES ");
        for (int i = 0; i < attempts.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        insert.append(" ON CONFLICT DO NOTHING");
        sql.update(insert.toString(), s -> {
            int p = 1;
            for (WebhookAttempt a : attempts) {
                s.setObject(p++, a.messageId());
                s.setInt(p++, a.number());
                s.setObject(p++, Sql.utc(a.attemptedAt()));
                s.setObject(p++, a.statusCode());
                s.setLong(p++, a.responseMillis());
                s.setString(p++, a.responseBody());
                s.setString(p++, a.error() == null ? null : a.error().substring(0, Math.min(a.error().length(), 1000)));
            }
        });
    }

    @Override
    public domain.shared.Page<WebhookMessage> ofEndpoint(UUID endpointId, MessageState state, domain.shared.PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<WebhookMessage> rows = sql.list("SELECT " + COLUMNS + " FROM webhook_messages WHERE endpoint_id = ?"
                + " AND (?::text IS NULL OR state = ?)"
                + " AND (?::timestamptz IS NULL OR (created_at, id) < (?, ?)) ORDER BY created_at DESC, id DESC LIMIT ?", s -> {
            s.setObject(1, endpointId);
            s.setString(2, state == null ? null : state.name());
            s.setString(3, state == null ? null : state.name());
            s.setObject(4, Sql.utc(afterTime));
            s.setObject(5, Sql.utc(afterTime));
            s.setObject(6, after == null ? null : after.id());
            s.setInt(7, page.limit() + 1);
        }, PostgresWebhookMessages::message);
        return Paging.page(rows, page, m -> m.createdAt().toString(), WebhookMessage::id, m -> m);
    }

    @Override
    public List<WebhookAttempt> attemptsOf(UUID messageId) {
        return sql.list("SELECT message_id, number, attempted_at, status_code, response_millis, response_body, error FROM webhook_attempts"
                + " WHERE message_id = ? ORDER BY number", s -> s.setObject(1, messageId),
                row -> new WebhookAttempt(row.getObject(1, UUID.class), row.getInt(2), Sql.instant(row, "attempted_at"),
                        (Integer) row.getObject(4), row.getLong(5), row.getString(6), row.getString(7)));
    }

    @Override
    public List<WebhookMessage> lockFailedSince(UUID endpointId, Instant since, int limit) {
        return sql.list("SELECT " + COLUMNS + " FROM webhook_messages WHERE endpoint_id = ? AND state = 'FAILED' AND created_at >= ?"
                + " AND payload <> '{}' ORDER BY created_at, id LIMIT ? FOR UPDATE", s -> {
            s.setObject(1, endpointId);
            s.setObject(2, Sql.utc(since));
            s.setInt(3, limit);
        }, PostgresWebhookMessages::message);
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
                new ShopId(row.getObject("shop_id", UUID.class)), row.getObject("event_id", UUID.class),
                row.getObject("subscription_id", UUID.class), row.getString("event_type"),
                row.getString("payload"), Sql.instant(row, "created_at"), MessageState.valueOf(row.getString("state")),
                row.getInt("attempts"), Sql.instant(row, "next_attempt_at"), Sql.instant(row, "handed_off_until"),
                Sql.instant(row, "delivered_at"), row.getString("last_error"), row.getBoolean("waiting"));
    }
}

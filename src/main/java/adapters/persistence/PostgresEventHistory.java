package adapters.persistence;

import adapters.EventHistory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.shared.InvalidInputException;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** The event history in PostgreSQL, paged by (time, arrival) with an opaque cursor. */
@ApplicationScoped
public class PostgresEventHistory implements EventHistory {
    private static final String COLUMNS = "seq, event_id, source, type, subject, subscription_id, occurred_at, traceparent, data";
    private final Sql database;

    PostgresEventHistory(DataSource dataSource) {
        this.database = new Sql(dataSource, "event history");
    }

    /** The source of the events that name a filter's owner (a user, for an alert) in their data. */
    private static final String CLASSIFICATION = "/gudok/classification";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The owner a classification event names (a user's id for an alert's), or null. */
    private static String ownerOf(Entry entry) {
        if (!CLASSIFICATION.equals(entry.source())) return null;
        try {
            JsonNode owner = JSON.readTree(entry.data()).get("owner");
            return owner == null || !owner.isTextual() ? null : owner.asText();
        } catch (JsonProcessingException notJson) {
            return null;
        }
    }

    /** The advisory locks' first key ("hist"): a subject's hash is the second. */
    private static final int SUBJECT_LOCKS = 0x68697374;

    @Override
    public void addAll(List<Entry> entries) {
        if (entries.isEmpty()) return;
        // Shared locks on the subjects: an erasure of one of them (exclusive) either committed before, and its
        // marks keep these events out, or waits for this transaction to commit, and erases them.
        java.util.SortedSet<String> subjects = new java.util.TreeSet<>();
        for (Entry entry : entries) {
            subjects.add(entry.subject());
            if (entry.subscriptionId() != null) subjects.add(entry.subscriptionId().toString());
            String owner = ownerOf(entry);
            if (owner != null) subjects.add(owner);
        }
        lock("pg_advisory_xact_lock_shared", subjects);
        // Rows of bound values rather than arrays: arrays of the JSON data cost more to escape and parse.
        StringBuilder sql = new StringBuilder("""
                INSERT INTO event_history (event_id, source, type, subject, subscription_id, occurred_at, traceparent, data)
                SELECT e.event_id, e.source, e.type, e.subject, e.subscription_id, e.occurred_at, e.traceparent, e.data
                FROM (VALUES """);
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?::uuid, ?, ?, ?, ?::uuid, ?::timestamptz, ?, ?, ").append(i).append(")");
        }
        sql.append("""
                ) AS e(event_id, source, type, subject, subscription_id, occurred_at, traceparent, data, arrival)
                WHERE NOT EXISTS (SELECT 1 FROM event_history_erased x
                                  WHERE x.subject = e.subject OR x.subject = e.subscription_id::text
                                     OR (e.source = '/gudok/classification' AND x.subject = e.data::jsonb ->> 'owner'))
                ORDER BY e.arrival""");
        database.execute(sql.toString(), statement -> {
            int p = 1;
            for (Entry entry : entries) {
                statement.setObject(p++, entry.id());
                statement.setString(p++, entry.source());
                statement.setString(p++, entry.type());
                statement.setString(p++, entry.subject());
                statement.setObject(p++, entry.subscriptionId());
                statement.setObject(p++, Sql.utc(entry.time()));
                statement.setString(p++, entry.traceparent());
                statement.setString(p++, entry.data());
            }
            return statement.executeUpdate();
        });
    }

    @Override
    public void eraseClosedAccount(String userId, java.util.Collection<UUID> subscriptionIds, UUID closureId) {
        java.util.SortedSet<String> subjects = new java.util.TreeSet<>();
        subjects.add(userId);
        subscriptionIds.forEach(id -> subjects.add(id.toString()));
        lock("pg_advisory_xact_lock", subjects);
        database.execute("INSERT INTO event_history_erased (subject) SELECT unnest(?::text[]) ON CONFLICT DO NOTHING", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", subjects.toArray()));
            return statement.executeUpdate();
        });
        database.execute("""
                DELETE FROM event_history WHERE (subject = ANY (?) OR subscription_id = ANY (?)) AND event_id <> ?""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", subjects.toArray()));
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", subscriptionIds.toArray()));
            statement.setObject(3, closureId);
            return statement.executeUpdate();
        });
        // A user's alerts and what they matched name the user as their owner, under the filter's or the item's subject.
        database.execute("DELETE FROM event_history WHERE source = ? AND data::jsonb ->> 'owner' = ?", statement -> {
            statement.setString(1, CLASSIFICATION);
            statement.setString(2, userId);
            return statement.executeUpdate();
        });
    }

    /** How many advisory locks stand for all subjects: a batch takes at most this many, however many subjects it has. */
    private static final int STRIPES = 64;

    /**
     * Takes the locks of the subjects' stripes until the transaction ends, in the stripes' order (so two takers never
     * wait for each other in a ring within one call). Stripes rather than one lock a subject: a batch of 500 events
     * would otherwise hold a thousand locks, in a lock table PostgreSQL sizes for 64 a connection.
     */
    private void lock(String function, java.util.SortedSet<String> subjects) {
        database.execute("SELECT count(*) FROM (SELECT " + function + "(?, k) FROM (SELECT DISTINCT hashtext(s) & " + (STRIPES - 1)
                + " AS k FROM unnest(?::text[]) AS s ORDER BY k) stripes) locked", statement -> {
            statement.setInt(1, SUBJECT_LOCKS);
            statement.setArray(2, statement.getConnection().createArrayOf("text", subjects.toArray()));
            statement.executeQuery().close();
            return null;
        });
    }

    @Override
    public Page<Entry> ofSubscription(UUID subscriptionId, PageRequest page) {
        return page("subscription_id = ?", subscriptionId, page);
    }

    @Override
    public Page<Entry> ofSubject(String subject, PageRequest page) {
        return page("subject = ?", subject, page);
    }

    private Page<Entry> page(String where, Object key, PageRequest page) {
        Position after = page.after() == null ? null : Position.decode(page.after());
        record Row(long seq, Entry entry) { }
        List<Row> rows = database.list("SELECT " + COLUMNS + " FROM event_history WHERE " + where
                        + (after == null ? "" : " AND (occurred_at, seq) > (?, ?)") + " ORDER BY occurred_at, seq LIMIT ?",
                statement -> {
                    int p = 1;
                    statement.setObject(p++, key);
                    if (after != null) {
                        statement.setObject(p++, Sql.utc(after.time()));
                        statement.setLong(p++, after.seq());
                    }
                    statement.setInt(p, page.limit() + 1);
                },
                row -> new Row(row.getLong(1), entry(row)));
        boolean more = rows.size() > page.limit();
        List<Row> shown = more ? rows.subList(0, page.limit()) : rows;
        String next = more ? new Position(shown.get(shown.size() - 1).entry().time(), shown.get(shown.size() - 1).seq()).encode() : null;
        return new Page<>(shown.stream().map(Row::entry).toList(), next);
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getObject(2, UUID.class), row.getString(3), row.getString(4), row.getString(5),
                row.getObject(6, UUID.class), row.getObject(7, java.time.OffsetDateTime.class).toInstant(), row.getString(8),
                row.getString(9));
    }

    /** Where a page of the history ends: the last event's time and arrival. */
    private record Position(Instant time, long seq) {
        String encode() {
            return new Cursor(time.toString(), new UUID(0, seq)).encode();
        }

        static Position decode(String text) {
            Cursor cursor = Cursor.decode(text);
            if (cursor.id().getMostSignificantBits() != 0 || cursor.id().getLeastSignificantBits() < 0) {
                throw InvalidInputException.of("cursor", "is not a cursor this list handed out");
            }
            return new Position(cursor.instant(), cursor.id().getLeastSignificantBits());
        }
    }
}

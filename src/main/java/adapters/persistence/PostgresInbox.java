package adapters.persistence;

import adapters.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/** The inbox in PostgreSQL: the primary key (consumer, source, id) takes each event once. */
@ApplicationScoped
public class PostgresInbox implements Inbox {
    private final Sql database;

    PostgresInbox(DataSource dataSource) {
        this.database = new Sql(dataSource, "inbox");
    }

    @Override
    public boolean firstDelivery(String consumer, String source, String id) {
        return database.update("""
                INSERT INTO event_inbox (consumer, source, event_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING""", statement -> {
            statement.setString(1, consumer);
            statement.setString(2, source);
            statement.setString(3, id);
        }) == 1;
    }

    @Override
    public java.util.Set<Mark> firstDeliveries(String consumer, java.util.Collection<Mark> marks) {
        if (marks.isEmpty()) return java.util.Set.of();
        // ON CONFLICT DO NOTHING also skips the second of a mark given twice, so each comes back once at most.
        return new java.util.HashSet<>(database.list("""
                INSERT INTO event_inbox (consumer, source, event_id)
                SELECT ?, m.source, m.event_id FROM unnest(?::text[], ?::text[]) AS m(source, event_id)
                ON CONFLICT DO NOTHING RETURNING source, event_id""", statement -> {
            statement.setString(1, consumer);
            statement.setArray(2, statement.getConnection().createArrayOf("text", marks.stream().map(Mark::source).toArray()));
            statement.setArray(3, statement.getConnection().createArrayOf("text", marks.stream().map(Mark::id).toArray()));
        }, row -> new Mark(row.getString(1), row.getString(2))));
    }

    @Override
    public int purgeProcessedBefore(java.time.Instant cutoff, int limit) {
        return database.update("""
                DELETE FROM event_inbox WHERE ctid IN (SELECT ctid FROM event_inbox WHERE processed_at < ? LIMIT ?)""", statement -> {
            statement.setObject(1, Sql.utc(cutoff));
            statement.setInt(2, limit);
        });
    }
}

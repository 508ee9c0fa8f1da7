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
    public int purgeProcessedBefore(java.time.Instant cutoff, int limit) {
        return database.update("""
                DELETE FROM event_inbox WHERE ctid IN (SELECT ctid FROM event_inbox WHERE processed_at < ? LIMIT ?)""", statement -> {
            statement.setObject(1, Sql.utc(cutoff));
            statement.setInt(2, limit);
        });
    }
}

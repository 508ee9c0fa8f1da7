package adapters.persistence;

import adapters.EventOutbox;
import adapters.EventsRecorded;
import adapters.TraceContext;
import adapters.representation.Representations;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.shared.DomainEvent;
import domain.shared.EventLog;
import io.smallrye.common.vertx.ContextLocals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The events use cases record, kept in PostgreSQL ({@code event_outbox}) in the use case's own transaction: one
 * multi-row insert per call, after the changes the events describe. Each event's data is the changed resource's
 * public representation, written as the REST API writes it. The relay reads them back through
 * {@link EventOutbox}; its lease is a session advisory lock on a connection of its own, so it passes to another
 * instance as soon as this one's session ends, however it ends.
 */
@ApplicationScoped
public class PostgresEventOutbox implements EventLog, EventOutbox {
    private static final Logger LOG = Logger.getLogger(PostgresEventOutbox.class);
    /** The advisory lock of the relay's lease ("gudokev1"). */
    static final long RELAY_LOCK = 0x6775646f6b657631L;
    /** A statement takes at most 65,535 parameters, 7 a row: a large batch of events is written in parts. */
    static final int ROWS_PER_INSERT = 1_000;

    private final Sql database;
    private final ObjectMapper json;
    private final Event<EventsRecorded> recorded;
    private final String url;
    private final String user;
    private final String password;
    private final long lockKey;
    private Connection lease;

    @jakarta.inject.Inject
    PostgresEventOutbox(DataSource dataSource, ObjectMapper json, Event<EventsRecorded> recorded,
                        @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                        @ConfigProperty(name = "quarkus.datasource.username") String user,
                        @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this(dataSource, json, recorded, url, user, password, RELAY_LOCK);
    }

    /** With a lease of another key: tests that take the lease without meeting the running app's relay. */
    PostgresEventOutbox(DataSource dataSource, ObjectMapper json, Event<EventsRecorded> recorded, String url, String user,
                        String password, long lockKey) {
        this.database = new Sql(dataSource, "event");
        this.json = json;
        this.recorded = recorded;
        this.url = url;
        this.user = user;
        this.password = password;
        this.lockKey = lockKey;
    }

    @Override
    public void record(List<? extends DomainEvent> events) {
        if (events.isEmpty()) return;
        // A type missing from the event catalog fails the use case here, in tests, rather than the relay later.
        for (DomainEvent event : events) adapters.representation.EventCatalog.cloudEventType(event.type());
        String traceparent = currentTraceparent();
        for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
            insert(events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT)), traceparent);
        }
        recorded.fire(new EventsRecorded(events.size()));
    }

    private void insert(List<? extends DomainEvent> events, String traceparent) {
        StringBuilder sql = new StringBuilder(
                "INSERT INTO event_outbox (event_id, context, type, subject, occurred_at, traceparent, data) VALUES ");
        for (int i = 0; i < events.size(); i++) sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
        database.execute(sql.toString(), statement -> {
            int p = 1;
            for (DomainEvent event : events) {
                statement.setObject(p++, UUID.randomUUID());
                statement.setString(p++, event.context().name());
                statement.setString(p++, event.type());
                statement.setString(p++, event.subject());
                statement.setObject(p++, Sql.utc(event.occurredAt()));
                statement.setString(p++, traceparent);
                statement.setString(p++, data(event));
            }
            return statement.executeUpdate();
        });
    }

    private String data(DomainEvent event) {
        try {
            return json.writeValueAsString(Representations.of(event.resource()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the data of " + event.type(), e);
        }
    }

    /** The traceparent of the HTTP request being served, if it came with a valid one; none for jobs. */
    private static String currentTraceparent() {
        try {
            return ContextLocals.<String>get(TraceContext.LOCAL_KEY).orElse(null);
        } catch (UnsupportedOperationException | IllegalStateException notInARequest) {
            return null;
        }
    }

    @Override
    public List<RecordedEvent> unpublished(int limit, long afterPosition) {
        return database.list("""
                SELECT position, event_id, context, type, subject, occurred_at, recorded_at, traceparent, data
                FROM event_outbox WHERE published_at IS NULL AND parked_at IS NULL AND position > ? ORDER BY position LIMIT ?""",
                statement -> {
                    statement.setLong(1, afterPosition);
                    statement.setInt(2, limit);
                },
                row -> new RecordedEvent(row.getLong(1), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                        row.getString(5), row.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                        row.getObject(7, java.time.OffsetDateTime.class).toInstant(), row.getString(8), row.getString(9)));
    }

    @Override
    public void markPublished(List<Long> positions, Instant at) {
        if (positions.isEmpty()) return;
        database.execute("UPDATE event_outbox SET published_at = ? WHERE position = ANY (?) AND published_at IS NULL", statement -> {
            Array array = statement.getConnection().createArrayOf("bigint", positions.toArray());
            statement.setObject(1, Sql.utc(at));
            statement.setArray(2, array);
            return statement.executeUpdate();
        });
    }

    @Override
    public void park(long position, String error, Instant at) {
        database.update("UPDATE event_outbox SET parked_at = ?, last_error = ? WHERE position = ? AND published_at IS NULL", statement -> {
            statement.setObject(1, Sql.utc(at));
            statement.setString(2, error.length() > 2000 ? error.substring(0, 2000) : error);
            statement.setLong(3, position);
        });
    }

    @Override
    public int purgePublishedBefore(Instant cutoff, int limit) {
        // From the head of the table: published rows go in about the order they were recorded, and a row
        // still unpublished (Kafka away) keeps itself and what follows it.
        return database.update("""
                DELETE FROM event_outbox WHERE position IN (
                  SELECT position FROM event_outbox ORDER BY position LIMIT ?)
                AND published_at < ?""", statement -> {
            statement.setInt(1, limit);
            statement.setObject(2, Sql.utc(cutoff));
        });
    }

    @Override
    public int blankSentBefore(UUID closureId, String userId, java.util.Collection<UUID> subscriptionIds) {
        // Sent: published, or (its mark may not have committed yet) placed before the closure, which the relay sent
        // in position order after it; a parked row was not sent and waits as it is. Scans of the outbox (it has no
        // index by subject or id, which would cost every recording): closures are rare.
        return database.execute("""
                UPDATE event_outbox SET data = '{}'
                WHERE parked_at IS NULL AND data <> '{}'
                  AND (published_at IS NOT NULL OR position < (SELECT position FROM event_outbox WHERE event_id = ?))
                  AND event_id <> ?
                  AND (subject = ? OR subject = ANY (?)
                       OR subject IN (SELECT id::text FROM deliveries WHERE subscription_id = ANY (?))
                       OR (context = 'CLASSIFICATION' AND data::jsonb ->> 'owner' = ?))""", statement -> {
            statement.setObject(1, closureId);
            statement.setObject(2, closureId);
            statement.setString(3, userId);
            statement.setArray(4, statement.getConnection().createArrayOf("text",
                    subscriptionIds.stream().map(UUID::toString).toArray()));
            statement.setArray(5, statement.getConnection().createArrayOf("uuid", subscriptionIds.toArray()));
            statement.setString(6, userId); // a user's alerts and their matches name the user as owner
            return statement.executeUpdate();
        });
    }

    @Override
    public Backlog backlog() {
        return database.one("""
                SELECT count(*), min(recorded_at) FROM event_outbox WHERE published_at IS NULL AND parked_at IS NULL""",
                statement -> { },
                row -> {
                    java.time.OffsetDateTime oldest = row.getObject(2, java.time.OffsetDateTime.class);
                    return new Backlog(row.getLong(1), oldest == null ? null : oldest.toInstant());
                }).orElseThrow();
    }

    @Override
    public synchronized boolean leadRelay() {
        try {
            if (lease != null && lease.isValid(2)) return true;
            closeLease();
            Connection connection = DriverManager.getConnection(url, user, password);
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                statement.setLong(1, lockKey);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next() && row.getBoolean(1)) {
                        lease = connection;
                        LOG.info("this instance relays the platform events");
                        return true;
                    }
                }
            }
            connection.close();
            return false;
        } catch (SQLException e) {
            LOG.debugf("relay lease unavailable: %s", e.getMessage());
            closeLease();
            return false;
        }
    }

    @Override
    public synchronized void stepDown() {
        closeLease();
    }

    private void closeLease() {
        if (lease == null) return;
        try {
            lease.close(); // ends the session, and with it the advisory lock
        } catch (SQLException ignored) {
            // the session is gone either way
        }
        lease = null;
    }
}

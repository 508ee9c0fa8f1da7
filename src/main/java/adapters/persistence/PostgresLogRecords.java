package adapters.persistence;

import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.LogRecords;
import domain.classification.LogRecords.Matched;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** Matched log records in {@code log_records}, listed through the alert's rows in {@code alert_matches}. */
@ApplicationScoped
public class PostgresLogRecords implements LogRecords {
    private static final String MATCHED = """
            SELECT r.*, a.matched_at FROM alert_matches a JOIN log_records r ON r.item_key = a.item_key WHERE a.filter_id = ?
            """;
    private final Sql sql;

    PostgresLogRecords(DataSource dataSource) {
        this.sql = new Sql(dataSource, "log record");
    }

    @Override
    public void keep(Collection<Item> records) {
        if (records.isEmpty()) return;
        sql.execute("""
                INSERT INTO log_records (item_key, logged_at, logger, level, message, exception_types, stack_trace)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item_key) DO NOTHING""", statement -> {
            for (Item record : records) {
                statement.setString(1, record.key().value());
                statement.setObject(2, Sql.utc(record.changedAt()));
                statement.setString(3, record.logger());
                statement.setString(4, record.level());
                statement.setString(5, record.title());
                statement.setArray(6, statement.getConnection().createArrayOf("text", record.exceptionTypes().toArray()));
                statement.setString(7, record.body());
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public Page<Matched> matchedBy(UUID alert, PageRequest page) {
        List<Matched> rows;
        if (page.after() == null) {
            rows = sql.list(MATCHED + " ORDER BY a.matched_at DESC, a.item_key LIMIT ?", s -> {
                s.setObject(1, alert);
                s.setInt(2, page.limit() + 1);
            }, PostgresLogRecords::matched);
        } else {
            TimeAndKeyCursor cursor = TimeAndKeyCursor.decode(page.after());
            rows = sql.list(MATCHED + " AND (a.matched_at < ? OR (a.matched_at = ? AND a.item_key > ?)) ORDER BY a.matched_at DESC, a.item_key LIMIT ?", s -> {
                s.setObject(1, alert);
                s.setObject(2, Sql.utc(cursor.at()));
                s.setObject(3, Sql.utc(cursor.at()));
                s.setString(4, cursor.key().value());
                s.setInt(5, page.limit() + 1);
            }, PostgresLogRecords::matched);
        }
        boolean more = rows.size() > page.limit();
        List<Matched> visible = more ? rows.subList(0, page.limit()) : rows;
        Matched last = more ? visible.get(visible.size() - 1) : null;
        return new Page<>(List.copyOf(visible), last == null ? null : new TimeAndKeyCursor(last.matchedAt(), last.record().key()).encode());
    }

    private static Matched matched(ResultSet row) throws SQLException {
        return new Matched(new Item(ItemKey.parse(row.getString("item_key")), row.getString("message"), row.getString("stack_trace"),
                null, List.of(), 0, null, List.of(), null, null, row.getString("logger"), row.getString("level"),
                Arrays.asList((String[]) row.getArray("exception_types").getArray()), Sql.instant(row, "logged_at")),
                Sql.instant(row, "matched_at"));
    }
}

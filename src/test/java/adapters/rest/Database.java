package adapters.rest;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts rows straight from PostgreSQL, to prove that a refused request wrote nothing. */
@ApplicationScoped
public class Database {
    private static final List<String> TABLES = List.of("shops", "products", "plans", "subscriptions", "deliveries", "idempotency_keys", "jobs");

    private final AgroalDataSource dataSource;

    Database(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The row counts once scheduled work due now has run (billing runs and payment retries of earlier
     * tests go on in the background), so that a difference is the request's doing.
     */
    public Map<String, Long> rowCounts() {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (count("SELECT count(*) FROM jobs WHERE state = 'SCHEDULED' AND due_at < now() + interval '3 seconds'") > 0
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) counts.put(table, count("SELECT count(*) FROM " + table));
        counts.put("subscription versions", count("SELECT coalesce(sum(version), 0) FROM subscriptions"));
        counts.put("delivery versions", count("SELECT coalesce(sum(version), 0) FROM deliveries"));
        return counts;
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text(String sql) {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void execute(String sql) {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

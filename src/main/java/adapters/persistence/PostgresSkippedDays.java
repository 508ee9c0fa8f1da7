package adapters.persistence;

import domain.subscription.SkippedDays;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** The days subscribers skipped, in {@code subscription_skipped_days}. */
@ApplicationScoped
public class PostgresSkippedDays implements SkippedDays {
    private final Sql sql;

    PostgresSkippedDays(DataSource dataSource) {
        this.sql = new Sql(dataSource, "subscription");
    }

    @Override
    public void add(UUID subscriptionId, Collection<LocalDate> days) {
        for (LocalDate day : new HashSet<>(days)) {
            sql.update("INSERT INTO subscription_skipped_days (subscription_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING", s -> {
                s.setObject(1, subscriptionId);
                s.setObject(2, day);
            });
        }
    }

    @Override
    public void remove(UUID subscriptionId, Collection<LocalDate> days) {
        for (LocalDate day : new HashSet<>(days)) {
            sql.update("DELETE FROM subscription_skipped_days WHERE subscription_id = ? AND day = ?", s -> {
                s.setObject(1, subscriptionId);
                s.setObject(2, day);
            });
        }
    }

    @Override
    public Set<LocalDate> from(UUID subscriptionId, LocalDate from) {
        return new HashSet<>(sql.list("SELECT day FROM subscription_skipped_days WHERE subscription_id = ? AND day >= ?", s -> {
            s.setObject(1, subscriptionId);
            s.setObject(2, from);
        }, row -> row.getObject("day", LocalDate.class)));
    }
}

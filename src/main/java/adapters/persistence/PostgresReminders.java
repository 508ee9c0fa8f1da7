package adapters.persistence;

import domain.notification.Reminders;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/** What the daily reminders look for, read from {@code deliveries}, {@code plans} and {@code subscriptions}. */
@ApplicationScoped
public class PostgresReminders implements Reminders {
    private final Sql sql;

    PostgresReminders(DataSource dataSource) {
        this.sql = new Sql(dataSource, "reminder");
    }

    /** The amount as billing works it out ({@link PostgresDueCharges#AMOUNT}). */
    @Override
    public List<UserDue> dueBetween(LocalDate from, LocalDate to, String afterUser, int limit) {
        return sql.list("SELECT d.user_id, sum(" + PostgresDueCharges.AMOUNT + ") AS amount, min(d.delivery_date) AS first_date"
                + " FROM deliveries d" + PostgresDueCharges.PRICE_TAKEN
                + " WHERE d.state = 'SCHEDULED' AND d.delivery_date > ? AND d.delivery_date <= ? AND d.user_id > ?"
                + " GROUP BY d.user_id ORDER BY d.user_id LIMIT ?", s -> {
            s.setObject(1, from);
            s.setObject(2, to);
            s.setString(3, afterUser);
            s.setInt(4, limit);
        }, row -> new UserDue(row.getString("user_id"), row.getLong("amount"), row.getObject("first_date", LocalDate.class)));
    }

    @Override
    public List<EndingCommitment> commitmentsEndingOn(LocalDate on, UUID after, int limit) {
        return sql.list("SELECT id, user_id FROM subscriptions WHERE kind = 'RENTAL' AND state = 'ACTIVE' AND commitment_ends_on = ?"
                + " AND id > ? ORDER BY id LIMIT ?", s -> {
            s.setObject(1, on);
            s.setObject(2, after);
            s.setInt(3, limit);
        }, row -> new EndingCommitment(row.getObject("id", UUID.class), row.getString("user_id")));
    }
}

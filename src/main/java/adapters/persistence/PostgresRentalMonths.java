package adapters.persistence;

import domain.billing.RentalMonth;
import domain.billing.RentalMonths;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import javax.sql.DataSource;

/** Settled rental months in {@code rental_months}, whose primary key refuses a month settled twice. */
@ApplicationScoped
public class PostgresRentalMonths implements RentalMonths {
    private final Sql sql;

    PostgresRentalMonths(DataSource dataSource) {
        this.sql = new Sql(dataSource, "billing");
    }

    @Override
    public boolean isSettled(UUID rentalId, int month) {
        return sql.one("SELECT 1 FROM rental_months WHERE subscription_id = ? AND month = ?", s -> {
            s.setObject(1, rentalId);
            s.setInt(2, month);
        }, row -> true).isPresent();
    }

    @Override
    public void settle(RentalMonth month) {
        sql.update("""
                INSERT INTO rental_months (subscription_id, month, fee, outcome, payment_id, settled_at)
                VALUES (?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, month.rentalId());
            s.setInt(2, month.month());
            s.setLong(3, month.fee());
            s.setString(4, month.outcome().name());
            s.setObject(5, month.paymentId());
            s.setObject(6, Sql.utc(month.settledAt()));
        });
    }

    @Override
    public boolean firstMonthPaid(UUID rentalId) {
        return sql.one("""
                SELECT 1 FROM deliveries WHERE subscription_id = ? AND cycle_number = 0
                  AND state IN ('PAID', 'DISPATCHED', 'SHIPPED', 'DELIVERED')""",
                s -> s.setObject(1, rentalId), row -> true).isPresent();
    }
}

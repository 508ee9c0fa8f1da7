package adapters.persistence;

import domain.account.PersonalData;
import domain.delivery.DeliveryAddress;
import domain.shared.BusinessCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Where a user's personal data lies in PostgreSQL: the addresses on their subscriptions and deliveries, the
 * last digits of their funding sources. Payment records (payments, top-ups, journal lines, refunds) name the
 * user only by their id and are left as they are.
 */
@ApplicationScoped
public class PostgresPersonalData implements PersonalData {
    /** What a source's last digits read once erased (the column holds exactly four characters). */
    static final String ERASED_LAST4 = "****";

    private final Sql sql;
    private final BusinessCalendar calendar;

    PostgresPersonalData(DataSource dataSource, BusinessCalendar calendar) {
        this.sql = new Sql(dataSource, "personal data");
        this.calendar = calendar;
    }

    @Override
    public int deliveriesOnTheirWay(String userId) {
        return count("SELECT count(*) FROM deliveries WHERE user_id = ? AND state IN ('PAID', 'DISPATCHED', 'SHIPPED')", userId);
    }

    @Override
    public int moneyStillSettling(String userId) {
        return count("""
                SELECT (SELECT count(*) FROM top_ups WHERE user_id = ?1 AND status = 'PENDING')
                     + (SELECT count(*) FROM top_up_refunds r JOIN top_ups t ON t.id = r.top_up_id
                        WHERE t.user_id = ?1 AND r.status = 'PENDING')""".replace("?1", "?"), userId, userId);
    }

    @Override
    public void eraseOf(String userId) {
        // The version moves on, so that a change read before the erasure cannot write the old address back.
        for (String table : new String[] {"subscriptions", "deliveries"}) {
            sql.update("UPDATE " + table + " SET recipient = ?, phone = ?, address_line1 = ?, address_line2 = ?, postal_code = ?,"
                    + " version = version + 1 WHERE user_id = ?", s -> {
                DeliveryAddress erased = ERASED_ADDRESS;
                s.setString(1, erased.recipient());
                s.setString(2, erased.phone());
                s.setString(3, erased.line1());
                s.setString(4, erased.line2());
                s.setString(5, erased.postalCode());
                s.setString(6, userId);
            });
        }
        // Unlinked, not deleted: the top-ups made from a source refer to it, and a top-up's refund goes back with its token.
        sql.update("""
                UPDATE funding_sources SET unlinked_at = coalesce(unlinked_at, ?), is_default = false, last4 = ?
                WHERE user_id = ?""", s -> {
            s.setObject(1, Sql.utc(calendar.now()));
            s.setString(2, ERASED_LAST4);
            s.setString(3, userId);
        });
        sql.update("UPDATE wallets SET auto_top_up_amount = NULL WHERE user_id = ?", s -> s.setString(1, userId));
    }

    private int count(String query, String... userIds) {
        return sql.one(query, s -> {
            for (int i = 0; i < userIds.length; i++) s.setString(i + 1, userIds[i]);
        }, row -> row.getInt(1)).orElse(0);
    }
}

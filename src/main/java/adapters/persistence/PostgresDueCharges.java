package adapters.persistence;

import domain.billing.BillingOutcome;
import domain.billing.DueCharge;
import domain.billing.DueCharges;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.delivery.DeliveryState;
import domain.delivery.Shipment;
import domain.delivery.SkipReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Deliveries to charge, read and written in plain JDBC so that a billing run handles a batch in a few
 * statements. State changes bump the delivery's version, like every other change, so a subscriber's
 * change read before the charge loses with 409 instead of overwriting it.
 */
@ApplicationScoped
public class PostgresDueCharges implements DueCharges {
    /**
     * {@code %s} is how many attempts failed: none yet for a delivery still SCHEDULED. The amount is worked out here,
     * for a whole batch at once, as {@code ChargeQuote.amountOf} does (a test on PostgreSQL holds the two together).
     */
    static final String AMOUNT = "sp.price * d.quantity";
    /** The price the delivery's subscription took of the delivery's plan, for {@link #AMOUNT}. */
    static final String PRICE_TAKEN = " JOIN subscription_prices sp ON sp.subscription_id = d.subscription_id AND sp.plan_id = d.plan_id";
    private static final String SELECT = "SELECT d.id, d.subscription_id, d.user_id, d.shop_id, d.delivery_date, " + AMOUNT
            + " AS amount, %s AS failed FROM deliveries d" + PRICE_TAKEN;
    private static final String FAILED_ATTEMPTS =
            "(SELECT count(*) FROM billing_attempts a WHERE a.delivery_id = d.id AND a.result <> 'PAID')";
    private final Sql sql;

    PostgresDueCharges(DataSource dataSource) {
        this.sql = new Sql(dataSource, "billing");
    }

    @Override
    public List<DueCharge> lockDue(LocalDate horizon, int limit) {
        return due(horizon, limit, " FOR UPDATE OF d SKIP LOCKED");
    }

    @Override
    public List<DueCharge> due(LocalDate horizon, int limit) {
        return due(horizon, limit, "");
    }

    private List<DueCharge> due(LocalDate horizon, int limit, String locking) {
        return sql.list(SELECT.formatted("0") + " WHERE d.state = 'SCHEDULED' AND d.delivery_date <= ? ORDER BY d.delivery_date LIMIT ?"
                + locking, s -> {
            s.setObject(1, horizon);
            s.setInt(2, limit);
        }, PostgresDueCharges::charge);
    }

    @Override
    public Optional<DueCharge> pending(UUID deliveryId) {
        return pending(deliveryId, "");
    }

    @Override
    public Optional<DueCharge> lockPending(UUID deliveryId) {
        return pending(deliveryId, " FOR UPDATE OF d");
    }

    private Optional<DueCharge> pending(UUID deliveryId, String locking) {
        return sql.one(SELECT.formatted(FAILED_ATTEMPTS) + " WHERE d.id = ? AND d.state = 'PAYMENT_PENDING'" + locking,
                s -> s.setObject(1, deliveryId), PostgresDueCharges::charge);
    }

    /** The deliveries come back from the update itself ({@code RETURNING}), put back in the order of the outcomes. */
    @Override
    public List<Delivery> recordRun(List<BillingOutcome> outcomes) {
        if (outcomes.isEmpty()) return List.of();
        StringBuilder update = new StringBuilder("UPDATE deliveries d SET state = v.state, version = d.version + 1 FROM (VALUES ");
        for (int i = 0; i < outcomes.size(); i++) update.append(i == 0 ? "" : ", ").append("(?::uuid, ?, ?::int)");
        update.append(") AS v (id, state, n) WHERE d.id = v.id AND d.state = 'SCHEDULED' RETURNING v.n, d.*");
        List<Numbered> billed = sql.list(update.toString(), s -> {
            int p = 1;
            for (int n = 0; n < outcomes.size(); n++) {
                s.setObject(p++, outcomes.get(n).charge().deliveryId());
                s.setString(p++, outcomes.get(n).result().name());
                s.setInt(p++, n);
            }
        }, row -> new Numbered(row.getInt("n"), delivery(row)));
        if (billed.size() != outcomes.size()) throw new IllegalStateException("billing: a locked delivery changed under the run");
        insertAttempts(outcomes);
        return billed.stream().sorted(Comparator.comparingInt(Numbered::n)).map(Numbered::delivery).toList();
    }

    private record Numbered(int n, Delivery delivery) { }

    @Override
    public void recordAttempt(BillingOutcome outcome) {
        insertAttempts(List.of(outcome));
    }

    @Override
    public void recordRentalAttempt(UUID subscriptionId, int month, long amount, BillingOutcome.Result result, String reason,
                                    UUID paymentId, Instant at) {
        sql.update("""
                INSERT INTO billing_attempts (subscription_id, rental_month, amount, result, reason, payment_id, attempted_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, subscriptionId);
            s.setInt(2, month);
            s.setLong(3, amount);
            s.setString(4, result.name());
            s.setString(5, reason);
            s.setObject(6, paymentId);
            s.setObject(7, Sql.utc(at));
        });
    }

    private void insertAttempts(List<BillingOutcome> outcomes) {
        StringBuilder insert = new StringBuilder("INSERT INTO billing_attempts (delivery_id, amount, result, reason, payment_id, attempted_at) VALUES ");
        for (int i = 0; i < outcomes.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
        sql.update(insert.toString(), s -> {
            int p = 1;
            for (BillingOutcome outcome : outcomes) {
                s.setObject(p++, outcome.charge().deliveryId());
                s.setLong(p++, outcome.charge().amount());
                s.setString(p++, outcome.result().name());
                s.setString(p++, outcome.reason());
                s.setObject(p++, outcome.paymentId());
                s.setObject(p++, Sql.utc(outcome.at()));
            }
        });
    }

    private static Delivery delivery(ResultSet row) throws SQLException {
        String carrier = row.getString("carrier");
        String skipReason = row.getString("skip_reason");
        return new Delivery(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class), row.getString("user_id"),
                new ShopId(row.getObject("shop_id", UUID.class)), row.getObject("plan_id", UUID.class), row.getInt("cycle_number"),
                row.getObject("original_date", LocalDate.class), row.getObject("delivery_date", LocalDate.class), row.getInt("quantity"),
                new DeliveryAddress(row.getString("recipient"), row.getString("phone"), row.getString("address_line1"),
                        row.getString("address_line2"), row.getString("postal_code")),
                DeliveryState.valueOf(row.getString("state")), skipReason == null ? null : SkipReason.valueOf(skipReason),
                carrier == null ? null : new Shipment(carrier, row.getString("tracking_number"), Sql.instant(row, "shipped_at")),
                Sql.instant(row, "delivered_at"), row.getLong("version"));
    }

    private static DueCharge charge(ResultSet row) throws SQLException {
        return new DueCharge(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class), row.getString("user_id"),
                new ShopId(row.getObject("shop_id", UUID.class)), row.getObject("delivery_date", LocalDate.class),
                row.getLong("amount"), row.getInt("failed"));
    }
}

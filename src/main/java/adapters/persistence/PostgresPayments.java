package adapters.persistence;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.wallet.Commission;
import domain.wallet.Payment;
import domain.wallet.Payments;
import domain.wallet.Refund;
import domain.wallet.SettlementStatement;
import domain.wallet.Settlements;
import java.time.Instant;
import java.time.LocalDate;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Payments and refunds in PostgreSQL; a delivery can be paid only once (unique index). */
@ApplicationScoped
public class PostgresPayments implements Payments, Settlements {
    private static final String COLUMNS =
            "id, user_id, shop_id, amount, commission_bp, refunded, subscription_id, delivery_id, reference, paid_at";
    private final Sql sql;

    PostgresPayments(DataSource dataSource) {
        this.sql = new Sql(dataSource, "payment");
    }

    @Override
    public void add(List<Payment> payments) {
        if (payments.isEmpty()) return;
        StringBuilder insert = new StringBuilder("INSERT INTO payments (" + COLUMNS + ") VALUES ");
        for (int i = 0; i < payments.size(); i++) insert.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        sql.update(insert.toString(), s -> {
            int p = 1;
            for (Payment payment : payments) {
                s.setObject(p++, payment.id());
                s.setString(p++, payment.userId());
                s.setObject(p++, payment.shopId().value());
                s.setLong(p++, payment.amount());
                s.setInt(p++, payment.commission().basisPoints());
                s.setLong(p++, payment.refunded());
                s.setObject(p++, payment.subscriptionId());
                s.setObject(p++, payment.deliveryId());
                s.setString(p++, payment.reference());
                s.setObject(p++, Sql.utc(payment.paidAt()));
            }
        });
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM payments WHERE id = ? FOR UPDATE", s -> s.setObject(1, id), PostgresPayments::payment);
    }

    @Override
    public Optional<Payment> byId(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM payments WHERE id = ?", s -> s.setObject(1, id), PostgresPayments::payment);
    }

    @Override
    public Optional<Payment> ofDelivery(UUID deliveryId) {
        return sql.one("SELECT " + COLUMNS + " FROM payments WHERE delivery_id = ?", s -> s.setObject(1, deliveryId), PostgresPayments::payment);
    }

    @Override
    public void addRefund(Refund refund, Payment refundedPayment) {
        sql.update("""
                INSERT INTO refunds (id, payment_id, amount, commission_back, reason, refunded_at) VALUES (?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, refund.id());
            s.setObject(2, refund.paymentId());
            s.setLong(3, refund.amount());
            s.setLong(4, refund.commissionBack());
            s.setString(5, refund.reason());
            s.setObject(6, Sql.utc(refund.refundedAt()));
        });
        sql.update("UPDATE payments SET refunded = ? WHERE id = ?", s -> {
            s.setLong(1, refundedPayment.refunded());
            s.setObject(2, refundedPayment.id());
        });
    }

    @Override
    public Optional<Refund> refundOf(UUID paymentId, UUID refundId) {
        return sql.one("""
                SELECT r.id, r.payment_id, p.user_id, p.shop_id, p.subscription_id, r.amount, r.commission_back, r.reason, r.refunded_at
                FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE r.id = ? AND r.payment_id = ?""", s -> {
            s.setObject(1, refundId);
            s.setObject(2, paymentId);
        }, row -> new Refund(row.getObject("id", UUID.class), row.getObject("payment_id", UUID.class), row.getString("user_id"),
                new ShopId(row.getObject("shop_id", UUID.class)), row.getObject("subscription_id", UUID.class), row.getLong("amount"),
                row.getLong("commission_back"), row.getString("reason"), Sql.instant(row, "refunded_at")));
    }

    @Override
    public Page<Payment> ofUser(String userId, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<Payment> rows = sql.list("SELECT " + COLUMNS + " FROM payments WHERE user_id = ?"
                + " AND (?::timestamptz IS NULL OR (paid_at, id) < (?, ?)) ORDER BY paid_at DESC, id DESC LIMIT ?", s -> {
            s.setString(1, userId);
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, PostgresPayments::payment);
        return Paging.page(rows, page, payment -> payment.paidAt().toString(), Payment::id, payment -> payment);
    }

    /** Each payment's commission rounded down on its own, as {@code ChargeQuote} takes it (a test on PostgreSQL checks). */
    @Override
    public SettlementStatement statement(ShopId shop, LocalDate from, LocalDate to, Instant start, Instant end) {
        return sql.one("""
                SELECT p.payments, p.deliveries, p.paid, p.commission, r.refunds, r.refunded, r.commission_back
                FROM (SELECT count(*) AS payments, count(delivery_id) AS deliveries, coalesce(sum(amount), 0) AS paid,
                             coalesce(sum(amount * commission_bp / 10000), 0) AS commission
                      FROM payments WHERE shop_id = ? AND paid_at >= ? AND paid_at < ?) p,
                     (SELECT count(*) AS refunds, coalesce(sum(r.amount), 0) AS refunded, coalesce(sum(r.commission_back), 0) AS commission_back
                      FROM refunds r JOIN payments x ON x.id = r.payment_id
                      WHERE x.shop_id = ? AND r.refunded_at >= ? AND r.refunded_at < ?) r""", s -> {
            s.setObject(1, shop.value());
            s.setObject(2, Sql.utc(start));
            s.setObject(3, Sql.utc(end));
            s.setObject(4, shop.value());
            s.setObject(5, Sql.utc(start));
            s.setObject(6, Sql.utc(end));
        }, row -> SettlementStatement.of(shop, from, to, row.getLong("payments"), row.getLong("deliveries"), row.getLong("paid"),
                row.getLong("refunds"), row.getLong("refunded"), row.getLong("commission"), row.getLong("commission_back"))).orElseThrow();
    }

    private static Payment payment(ResultSet row) throws SQLException {
        return new Payment(row.getObject("id", UUID.class), row.getString("user_id"), new ShopId(row.getObject("shop_id", UUID.class)),
                row.getLong("amount"), new Commission(row.getInt("commission_bp")), row.getLong("refunded"),
                row.getObject("subscription_id", UUID.class), row.getObject("delivery_id", UUID.class), row.getString("reference"),
                Sql.instant(row, "paid_at"));
    }
}

package adapters.persistence;

import domain.catalog.ShopId;
import domain.wallet.Commission;
import domain.wallet.Payment;
import domain.wallet.Payments;
import domain.wallet.Refund;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Payments and refunds in PostgreSQL; a delivery can be paid only once (unique index). */
@ApplicationScoped
public class PostgresPayments implements Payments {
    private static final String COLUMNS = "id, user_id, shop_id, amount, commission_bp, refunded, delivery_id, reference, paid_at";
    private final Sql sql;

    PostgresPayments(DataSource dataSource) {
        this.sql = new Sql(dataSource, "payment");
    }

    @Override
    public void add(Payment payment) {
        sql.update("INSERT INTO payments (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, payment.id());
            s.setString(2, payment.userId());
            s.setObject(3, payment.shopId().value());
            s.setLong(4, payment.amount());
            s.setInt(5, payment.commission().basisPoints());
            s.setLong(6, payment.refunded());
            s.setObject(7, payment.deliveryId());
            s.setString(8, payment.reference());
            s.setObject(9, Sql.utc(payment.paidAt()));
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

    private static Payment payment(ResultSet row) throws SQLException {
        return new Payment(row.getObject("id", UUID.class), row.getString("user_id"), new ShopId(row.getObject("shop_id", UUID.class)),
                row.getLong("amount"), new Commission(row.getInt("commission_bp")), row.getLong("refunded"),
                row.getObject("delivery_id", UUID.class), row.getString("reference"), Sql.instant(row, "paid_at"));
    }
}

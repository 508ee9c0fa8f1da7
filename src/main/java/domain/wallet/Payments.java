package domain.wallet;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: payments and their refunds. */
public interface Payments {
    void add(List<Payment> payments);

    default void add(Payment payment) {
        add(List.of(payment));
    }

    /** The payment, locked until the transaction ends, so that refunds never give back more than was paid. */
    Optional<Payment> lock(UUID id);

    Optional<Payment> byId(UUID id);

    Optional<Payment> ofDelivery(UUID deliveryId);

    void addRefund(Refund refund, Payment refundedPayment);

    /** A refund of this payment. */
    Optional<Refund> refundOf(UUID paymentId, UUID refundId);

    /** The user's payments, newest first. */
    Page<Payment> ofUser(String userId, PageRequest page);
}

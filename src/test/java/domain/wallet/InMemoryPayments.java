package domain.wallet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Payments in memory, for domain tests; like the database, a delivery is paid once at most. */
public final class InMemoryPayments implements Payments {
    public final Map<UUID, Payment> payments = new HashMap<>();
    final List<Refund> refunds = new ArrayList<>();

    @Override
    public void add(List<Payment> added) {
        for (Payment payment : added) {
            if (payment.deliveryId() != null && ofDelivery(payment.deliveryId()).isPresent()) {
                throw new IllegalStateException("payments_one_per_delivery violated");
            }
            payments.put(payment.id(), payment);
        }
    }

    @Override
    public Optional<Payment> byId(UUID id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> ofDelivery(UUID deliveryId) {
        return payments.values().stream().filter(p -> deliveryId.equals(p.deliveryId())).findFirst();
    }

    @Override
    public Optional<Refund> refundOf(UUID paymentId, UUID refundId) {
        return refunds.stream().filter(r -> r.id().equals(refundId) && r.paymentId().equals(paymentId)).findFirst();
    }

    /** Newest first; one page only (no cursor). */
    @Override
    public domain.shared.Page<Payment> ofUser(String userId, domain.shared.PageRequest page) {
        List<Payment> all = payments.values().stream().filter(p -> p.userId().equals(userId))
                .sorted(java.util.Comparator.comparing(Payment::paidAt).reversed()).toList();
        return new domain.shared.Page<>(all.subList(0, Math.min(page.limit(), all.size())), null);
    }

    @Override
    public void addRefund(Refund refund, Payment refundedPayment) {
        refunds.add(refund);
        payments.put(refundedPayment.id(), refundedPayment);
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return byId(id);
    }
}

package simulation;

import domain.wallet.Payment;
import domain.wallet.Payments;
import domain.wallet.Refund;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments and refunds; like the database, a payment is added once, a delivery is paid once at most
 * (payments_one_per_delivery), and a refund is of a payment that exists.
 */
public final class SimPayments implements Payments {
    private final TxMap<UUID, Payment> payments = TxMap.inserted();
    private final TxMap<UUID, UUID> byDelivery = TxMap.inserted();
    private final TxMap<UUID, Refund> refunds = TxMap.inserted();
    private final TxMap<String, List<UUID>> byUser = TxMap.inserted();
    private final TxMap<Integer, UUID> inOrder = TxMap.inserted();

    @Override
    public void add(List<Payment> added) {
        for (Payment payment : added) {
            if (payments.containsKey(payment.id())) throw new IllegalStateException("payments_pkey: " + payment.id() + " exists");
            if (payment.deliveryId() != null) {
                if (byDelivery.containsKey(payment.deliveryId())) throw new IllegalStateException("payments_one_per_delivery");
                byDelivery.put(payment.deliveryId(), payment.id());
            }
            payments.put(payment.id(), payment);
            List<UUID> ofUser = new java.util.ArrayList<>(byUser.get(payment.userId()) == null ? List.of() : byUser.get(payment.userId()));
            ofUser.add(payment.id());
            byUser.put(payment.userId(), List.copyOf(ofUser));
            inOrder.put(inOrder.size(), payment.id());
        }
    }

    /** The payments made since the {@code from}-th. */
    List<Payment> since(int from) {
        List<Payment> made = new java.util.ArrayList<>();
        for (int i = from; i < inOrder.size(); i++) made.add(payments.get(inOrder.get(i)));
        return made;
    }

    int count() {
        return inOrder.size();
    }

    List<Payment> ofUser(String userId) {
        List<UUID> ids = byUser.get(userId);
        return ids == null ? List.of() : ids.stream().map(payments::get).toList();
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return byId(id);
    }

    @Override
    public Optional<Payment> byId(UUID id) {
        return Optional.ofNullable(payments.get(id));
    }

    @Override
    public Optional<Payment> ofDelivery(UUID deliveryId) {
        UUID id = byDelivery.get(deliveryId);
        return id == null ? Optional.empty() : byId(id);
    }

    @Override
    public Optional<Refund> refundOf(UUID paymentId, UUID refundId) {
        return Optional.ofNullable(refunds.get(refundId)).filter(r -> r.paymentId().equals(paymentId));
    }

    @Override
    public domain.shared.Page<Payment> ofUser(String userId, domain.shared.PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    @Override
    public void addRefund(Refund refund, Payment refundedPayment) {
        if (!payments.containsKey(refund.paymentId())) throw new IllegalStateException("refunds_payment_id_fkey: no payment " + refund.paymentId());
        refunds.put(refund.id(), refund);
        payments.put(refundedPayment.id(), refundedPayment);
    }

    public Collection<Payment> all() {
        return payments.values();
    }

    public Collection<Refund> refunds() {
        return refunds.values();
    }
}

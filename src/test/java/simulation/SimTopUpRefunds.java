package simulation;

import domain.wallet.TopUpRefund;
import domain.wallet.TopUpRefunds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds of top-ups to their source; like the table, a refund is added once, a live request key belongs to one of
 * the user's, and an update writes the outcome of a refund that is there and nothing else.
 */
public final class SimTopUpRefunds implements TopUpRefunds {
    private final TxMap<UUID, TopUpRefund> refunds = TxMap.inserted();

    @Override
    public void add(TopUpRefund refund) {
        if (refunds.containsKey(refund.id())) throw new IllegalStateException("top_up_refunds_pkey: " + refund.id() + " exists");
        if (refund.requestKey() != null && refunds.values().stream()
                .anyMatch(r -> r.userId().equals(refund.userId()) && refund.requestKey().equals(r.requestKey()))) {
            throw new domain.shared.ConcurrentUpdateException("top-up refund", refund.requestKey());
        }
        refunds.put(refund.id(), refund);
    }

    @Override
    public void update(TopUpRefund refund) {
        TopUpRefund stored = refunds.get(refund.id());
        if (stored == null) return;
        refunds.put(stored.id(), new TopUpRefund(stored.id(), stored.topUpId(), stored.userId(), stored.amount(), refund.status(),
                refund.declineReason(), refund.gatewayReference(), stored.requestKey(), stored.requestedAt(), refund.settledAt()));
    }

    @Override
    public Optional<TopUpRefund> byId(String userId, UUID id) {
        return lock(id).filter(r -> r.userId().equals(userId));
    }

    @Override
    public Optional<TopUpRefund> lock(UUID id) {
        return Optional.ofNullable(refunds.get(id));
    }

    public java.util.Collection<TopUpRefund> all() {
        return refunds.values();
    }

    @Override
    public Optional<TopUpRefund> byRequestKey(String userId, String requestKey, Instant since) {
        return refunds.values().stream().filter(r -> r.userId().equals(userId) && requestKey.equals(r.requestKey())
                && !r.requestedAt().isBefore(since)).findFirst();
    }

    @Override
    public void forgetRequestKey(String userId, String requestKey, Instant before) {
        for (TopUpRefund r : List.copyOf(refunds.values())) {
            if (r.userId().equals(userId) && requestKey.equals(r.requestKey()) && r.requestedAt().isBefore(before)) {
                refunds.put(r.id(), new TopUpRefund(r.id(), r.topUpId(), r.userId(), r.amount(), r.status(), r.declineReason(),
                        r.gatewayReference(), null, r.requestedAt(), r.settledAt()));
            }
        }
    }
}

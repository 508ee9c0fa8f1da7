package simulation;

import domain.wallet.TopUpRefund;
import domain.wallet.TopUpRefunds;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Refunds of top-ups to their source; like the unique index, a live request key belongs to one. */
final class SimTopUpRefunds implements TopUpRefunds {
    private final TxMap<UUID, TopUpRefund> refunds = TxMap.inserted();

    @Override
    public void add(TopUpRefund refund) {
        if (refund.requestKey() != null && refunds.values().stream()
                .anyMatch(r -> r.userId().equals(refund.userId()) && refund.requestKey().equals(r.requestKey()))) {
            throw new domain.shared.ConcurrentUpdateException("top-up refund", refund.requestKey());
        }
        refunds.put(refund.id(), refund);
    }

    @Override
    public void update(TopUpRefund refund) {
        refunds.put(refund.id(), refund);
    }

    @Override
    public Optional<TopUpRefund> byId(String userId, UUID id) {
        return lock(id).filter(r -> r.userId().equals(userId));
    }

    @Override
    public Optional<TopUpRefund> lock(UUID id) {
        return Optional.ofNullable(refunds.get(id));
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

package domain.wallet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Top-up refunds in memory, for domain tests. */
final class InMemoryTopUpRefunds implements TopUpRefunds {
    final Map<UUID, TopUpRefund> refunds = new HashMap<>();

    @Override
    public void add(TopUpRefund refund) {
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
    public Optional<TopUpRefund> byRequestKey(String userId, String requestKey, java.time.Instant since) {
        return refunds.values().stream().filter(r -> r.userId().equals(userId) && requestKey.equals(r.requestKey())
                && !r.requestedAt().isBefore(since)).findFirst();
    }

    @Override
    public void forgetRequestKey(String userId, String requestKey, java.time.Instant before) {
        refunds.replaceAll((id, r) -> r.userId().equals(userId) && requestKey.equals(r.requestKey()) && r.requestedAt().isBefore(before)
                ? new TopUpRefund(r.id(), r.topUpId(), r.userId(), r.amount(), r.status(), r.declineReason(), r.gatewayReference(),
                        null, r.requestedAt(), r.settledAt())
                : r);
    }
}

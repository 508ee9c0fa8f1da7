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
    public Optional<TopUpRefund> lock(UUID id) {
        return Optional.ofNullable(refunds.get(id));
    }

    @Override
    public Optional<TopUpRefund> byRequestKey(String userId, String requestKey) {
        return refunds.values().stream().filter(r -> r.userId().equals(userId) && requestKey.equals(r.requestKey())).findFirst();
    }
}

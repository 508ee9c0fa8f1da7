package simulation;

import domain.wallet.TopUp;
import domain.wallet.TopUpStatus;
import domain.wallet.TopUps;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Top-ups; like the unique index, a live request key belongs to one. */
final class SimTopUps implements TopUps {
    private final TxMap<UUID, TopUp> topUps = TxMap.inserted();

    @Override
    public void add(TopUp topUp) {
        if (topUp.requestKey() != null && topUps.values().stream()
                .anyMatch(t -> t.userId().equals(topUp.userId()) && topUp.requestKey().equals(t.requestKey()))) {
            throw new domain.shared.ConcurrentUpdateException("top-up", topUp.requestKey());
        }
        topUps.put(topUp.id(), topUp);
    }

    @Override
    public void update(TopUp topUp) {
        topUps.put(topUp.id(), topUp);
    }

    @Override
    public Optional<TopUp> lock(UUID id) {
        return find(id);
    }

    @Override
    public Optional<TopUp> find(UUID id) {
        return Optional.ofNullable(topUps.get(id));
    }

    @Override
    public Optional<TopUp> byId(String userId, UUID id) {
        return lock(id).filter(t -> t.userId().equals(userId));
    }

    @Override
    public Optional<TopUp> byRequestKey(String userId, String requestKey, Instant since) {
        return topUps.values().stream().filter(t -> t.userId().equals(userId) && requestKey.equals(t.requestKey())
                && !t.requestedAt().isBefore(since)).findFirst();
    }

    @Override
    public void forgetRequestKey(String userId, String requestKey, Instant before) {
        for (TopUp t : List.copyOf(topUps.values())) {
            if (t.userId().equals(userId) && requestKey.equals(t.requestKey()) && t.requestedAt().isBefore(before)) {
                topUps.put(t.id(), new TopUp(t.id(), t.userId(), t.sourceId(), t.amount(), t.status(), t.declineReason(),
                        t.gatewayReference(), t.automatic(), null, t.requestedAt(), t.settledAt(), t.refunded()));
            }
        }
    }

    @Override
    public domain.shared.Page<TopUp> ofUser(String userId, domain.shared.PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    @Override
    public List<TopUp> pendingAutomatic(String userId) {
        return topUps.values().stream().filter(t -> t.userId().equals(userId) && t.automatic() && t.status() == TopUpStatus.PENDING)
                .sorted(java.util.Comparator.comparing(TopUp::requestedAt)).toList();
    }

    Collection<TopUp> all() {
        return topUps.values();
    }
}

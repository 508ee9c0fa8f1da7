package simulation;

import domain.wallet.TopUp;
import domain.wallet.TopUpStatus;
import domain.wallet.TopUps;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Top-ups; like the table, a top-up is added once, a live request key belongs to one of the user's, and an update
 * writes the outcome of a top-up that is there and nothing else.
 */
public final class SimTopUps implements TopUps {
    private final TxMap<UUID, TopUp> topUps = TxMap.inserted();
    /** How many times a top-up was locked: tests check that none is held while the gateway is asked. */
    private int locksTaken;

    @Override
    public void add(TopUp topUp) {
        if (topUps.containsKey(topUp.id())) throw new IllegalStateException("top_ups_pkey: " + topUp.id() + " exists");
        if (topUp.requestKey() != null && topUps.values().stream()
                .anyMatch(t -> t.userId().equals(topUp.userId()) && topUp.requestKey().equals(t.requestKey()))) {
            throw new domain.shared.ConcurrentUpdateException("top-up", topUp.requestKey());
        }
        topUps.put(topUp.id(), topUp);
    }

    @Override
    public void update(TopUp topUp) {
        TopUp stored = topUps.get(topUp.id());
        if (stored == null) return;
        topUps.put(stored.id(), new TopUp(stored.id(), stored.userId(), stored.sourceId(), stored.amount(), topUp.status(),
                topUp.declineReason(), topUp.gatewayReference(), stored.automatic(), stored.requestKey(), stored.requestedAt(),
                topUp.settledAt(), topUp.refunded()));
    }

    @Override
    public Optional<TopUp> lock(UUID id) {
        locksTaken++;
        return find(id);
    }

    public int locksTaken() {
        return locksTaken;
    }

    @Override
    public Optional<TopUp> find(UUID id) {
        return Optional.ofNullable(topUps.get(id));
    }

    @Override
    public Optional<TopUp> byId(String userId, UUID id) {
        return find(id).filter(t -> t.userId().equals(userId));
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

    public Collection<TopUp> all() {
        return topUps.values();
    }
}

package domain.wallet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Top-ups in memory, for domain tests. */
public final class InMemoryTopUps implements TopUps {
    public final Map<UUID, TopUp> topUps = new HashMap<>();
    /** How many times a top-up was locked. */
    int locksTaken;

    @Override
    public void add(TopUp topUp) {
        topUps.put(topUp.id(), topUp);
    }

    @Override
    public void update(TopUp topUp) {
        topUps.put(topUp.id(), topUp);
    }

    @Override
    public Optional<TopUp> find(UUID id) {
        return Optional.ofNullable(topUps.get(id));
    }

    @Override
    public Optional<TopUp> lock(UUID id) {
        locksTaken++;
        return Optional.ofNullable(topUps.get(id));
    }

    @Override
    public Optional<TopUp> byId(String userId, UUID id) {
        return Optional.ofNullable(topUps.get(id)).filter(t -> t.userId().equals(userId));
    }

    /** Newest first; one page only (no cursor). */
    @Override
    public domain.shared.Page<TopUp> ofUser(String userId, domain.shared.PageRequest page) {
        List<TopUp> all = topUps.values().stream().filter(t -> t.userId().equals(userId))
                .sorted(java.util.Comparator.comparing(TopUp::requestedAt).reversed()).toList();
        return new domain.shared.Page<>(all.subList(0, Math.min(page.limit(), all.size())), null);
    }

    @Override
    public List<TopUp> pendingAutomatic(String userId) {
        return topUps.values().stream().filter(t -> t.userId().equals(userId) && t.automatic() && t.isPending()).toList();
    }

    @Override
    public Optional<TopUp> byRequestKey(String userId, String requestKey, java.time.Instant since) {
        return topUps.values().stream().filter(t -> t.userId().equals(userId) && requestKey.equals(t.requestKey())
                && !t.requestedAt().isBefore(since)).findFirst();
    }

    @Override
    public void forgetRequestKey(String userId, String requestKey, java.time.Instant before) {
        topUps.replaceAll((id, t) -> t.userId().equals(userId) && requestKey.equals(t.requestKey()) && t.requestedAt().isBefore(before)
                ? new TopUp(t.id(), t.userId(), t.sourceId(), t.amount(), t.status(), t.declineReason(), t.gatewayReference(),
                        t.automatic(), null, t.requestedAt(), t.settledAt(), t.refunded())
                : t);
    }
}

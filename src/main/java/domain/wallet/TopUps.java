package domain.wallet;

import java.util.Optional;
import java.util.UUID;

/** Outbound port: top-ups and their outcome. */
public interface TopUps {
    void add(TopUp topUp);

    void update(TopUp topUp);

    /** The top-up, locked until the transaction ends, so that only one attempt settles it. */
    Optional<TopUp> lock(UUID id);

    Optional<TopUp> byId(String userId, UUID id);

    Optional<TopUp> byRequestKey(String userId, String requestKey);

    /** The user's automatic top-ups still waiting for the gateway's outcome. */
    java.util.List<TopUp> pendingAutomatic(String userId);
}

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

    /** The top-up as it is, without a lock: to ask the gateway about it before locking anything. */
    Optional<TopUp> find(UUID id);

    /** The user's top-up requested under this key at or after {@code since} (the key's retention). */
    Optional<TopUp> byRequestKey(String userId, String requestKey, java.time.Instant since);

    /** Frees the key from the user's top-ups requested before {@code before}: their retention is over. */
    void forgetRequestKey(String userId, String requestKey, java.time.Instant before);

    /** The user's top-ups, newest first. */
    domain.shared.Page<TopUp> ofUser(String userId, domain.shared.PageRequest page);

    /** The user's automatic top-ups still waiting for the gateway's outcome. */
    java.util.List<TopUp> pendingAutomatic(String userId);
}

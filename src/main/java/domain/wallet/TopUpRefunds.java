package domain.wallet;

import java.util.Optional;
import java.util.UUID;

/** Outbound port: refunds of top-ups to their source. */
public interface TopUpRefunds {
    void add(TopUpRefund refund);

    void update(TopUpRefund refund);

    /** The user's refund, without a lock. */
    Optional<TopUpRefund> byId(String userId, UUID id);

    /** The refund, locked until the transaction ends. */
    Optional<TopUpRefund> lock(UUID id);

    /** The user's refund requested under this key at or after {@code since} (the key's retention). */
    Optional<TopUpRefund> byRequestKey(String userId, String requestKey, java.time.Instant since);

    /** Frees the key from the user's refunds requested before {@code before}: their retention is over. */
    void forgetRequestKey(String userId, String requestKey, java.time.Instant before);
}

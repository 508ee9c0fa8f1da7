package domain.wallet;

import java.util.Optional;
import java.util.UUID;

/** Outbound port: refunds of top-ups to their source. */
public interface TopUpRefunds {
    void add(TopUpRefund refund);

    void update(TopUpRefund refund);

    /** The refund, locked until the transaction ends. */
    Optional<TopUpRefund> lock(UUID id);

    Optional<TopUpRefund> byRequestKey(String userId, String requestKey);
}

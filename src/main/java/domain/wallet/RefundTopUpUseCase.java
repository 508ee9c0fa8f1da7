package domain.wallet;

import java.util.UUID;

/** Inbound port: a user sends money from the wallet back to the source of one of their top-ups. */
public interface RefundTopUpUseCase {
    /**
     * PENDING while the gateway's outcome is not known; a scheduled job settles it later. Throws
     * {@link SettlingUnfinishedException} (roll back, answer the pending refund) when it was written down
     * but settling it failed.
     */
    TopUpRefund refundTopUp(String userId, UUID topUpId, long amount, String requestKey);

    /** One of the user's refunds of this top-up, as it is now (PENDING until settled). */
    TopUpRefund refundOf(String userId, UUID topUpId, UUID refundId);
}

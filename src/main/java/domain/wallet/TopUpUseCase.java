package domain.wallet;

import java.util.UUID;

/** Inbound port: a user tops up their wallet from a linked source. */
public interface TopUpUseCase {
    /**
     * Tops up, or answers the top-up already made with this request key. The answer is PENDING when the
     * gateway's outcome is not known yet; a scheduled job settles it later. Throws
     * {@link SettlingUnfinishedException} (roll back, answer the pending top-up) when it was written down
     * but settling it failed.
     */
    TopUp topUp(String userId, UUID sourceId, long amount, String requestKey);

    TopUp topUpOf(String userId, UUID topUpId);

    /** The user's top-ups, newest first. */
    domain.shared.Page<TopUp> topUps(String userId, domain.shared.PageRequest page);
}

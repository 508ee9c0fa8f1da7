package domain.wallet;

import domain.shared.StateConflictException;
import java.time.Instant;
import java.util.UUID;

/**
 * Money sent back from a wallet to the card or account a top-up came from. The wallet is debited when
 * the refund is written down (PENDING), so the money cannot be spent meanwhile; a declined refund puts
 * it back. {@code requestKey} is the client's key for the request, if it sent one.
 */
public record TopUpRefund(UUID id, UUID topUpId, String userId, long amount, TopUpStatus status, String declineReason,
                          String gatewayReference, String requestKey, Instant requestedAt, Instant settledAt) {

    public static TopUpRefund requested(TopUp topUp, long amount, String requestKey, Instant at) {
        return new TopUpRefund(UUID.randomUUID(), topUp.id(), topUp.userId(), amount, TopUpStatus.PENDING, null, null,
                requestKey, at, null);
    }

    public TopUpRefund succeeded(String reference, Instant at) {
        requirePending();
        return new TopUpRefund(id, topUpId, userId, amount, TopUpStatus.SUCCEEDED, null, reference, requestKey, requestedAt, at);
    }

    public TopUpRefund declined(String reason, Instant at) {
        requirePending();
        return new TopUpRefund(id, topUpId, userId, amount, TopUpStatus.DECLINED, reason, null, requestKey, requestedAt, at);
    }

    public boolean isPending() {
        return status == TopUpStatus.PENDING;
    }

    /** The gateway request key: the same on every attempt, so the gateway never refunds twice. */
    String gatewayKey() {
        return "top-up-refund:" + id;
    }

    private void requirePending() {
        if (!isPending()) throw new StateConflictException("top-up refund", status.name(), "settle");
    }
}

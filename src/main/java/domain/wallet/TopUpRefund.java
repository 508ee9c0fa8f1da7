package domain.wallet;

import domain.wallet.TopUpStatus.RefundAction;
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
        return new TopUpRefund(id, topUpId, userId, amount, next(RefundAction.SUCCEED), null, reference, requestKey, requestedAt, at);
    }

    public TopUpRefund declined(String reason, Instant at) {
        return new TopUpRefund(id, topUpId, userId, amount, next(RefundAction.DECLINE), reason, null, requestKey, requestedAt, at);
    }

    public boolean isPending() {
        return status == TopUpStatus.PENDING;
    }

    /** The gateway request key: the same on every attempt, so the gateway never refunds twice. */
    String gatewayKey() {
        return "top-up-refund:" + id;
    }

    /** The status {@code action} leads to, by {@link TopUpStatus#TOP_UP_REFUND}; a conflict when it is refused. */
    private TopUpStatus next(RefundAction action) {
        return TopUpStatus.TOP_UP_REFUND.next(status, action);
    }
}

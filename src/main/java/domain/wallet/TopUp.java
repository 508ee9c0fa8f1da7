package domain.wallet;

import domain.shared.InvalidInputException;
import domain.wallet.TopUpStatus.TopUpAction;
import java.time.Instant;
import java.util.UUID;

/**
 * Money brought into a wallet from a funding source through the gateway. {@code automatic} marks an
 * auto top-up made for a charge; {@code requestKey} is the client's key for the request, if it sent one.
 */
public record TopUp(UUID id, String userId, UUID sourceId, long amount, TopUpStatus status, String declineReason,
                    String gatewayReference, boolean automatic, String requestKey, Instant requestedAt, Instant settledAt,
                    long refunded) {

    public TopUp {
        if (refunded < 0 || refunded > amount) throw new IllegalArgumentException("refunded out of range");
    }

    public static TopUp requested(String userId, FundingSource source, long amount, boolean automatic, String requestKey, Instant at) {
        return new TopUp(UUID.randomUUID(), userId, source.id(), amount, TopUpStatus.PENDING, null, null, automatic,
                requestKey, at, null, 0);
    }

    public TopUp succeeded(String reference, Instant at) {
        return new TopUp(id, userId, sourceId, amount, next(TopUpAction.SUCCEED), null, reference, automatic, requestKey, requestedAt, at, 0);
    }

    public TopUp declined(String reason, Instant at) {
        return new TopUp(id, userId, sourceId, amount, next(TopUpAction.DECLINE), reason, null, automatic, requestKey, requestedAt, at, 0);
    }

    /** What can still be sent back to the source: a succeeded top-up, less what was refunded (or is being). */
    public long refundable() {
        return status == TopUpStatus.SUCCEEDED ? amount - refunded : 0;
    }

    /** {@code refundAmount} of it on its way back to the source: at most what is left to refund. */
    public TopUp refund(long refundAmount) {
        TopUpStatus after = next(TopUpAction.REFUND);
        if (refundAmount > refundable()) {
            throw InvalidInputException.of("amount.amount", "must be at most the " + refundable() + " KRW of this top-up not refunded yet");
        }
        return withRefunded(after, refundAmount);
    }

    /** The gateway declined to send back {@code refundAmount}: it can be refunded again. */
    public TopUp refundDeclined(long refundAmount) {
        return withRefunded(next(TopUpAction.REFUND), -refundAmount);
    }

    public boolean isPending() {
        return status == TopUpStatus.PENDING;
    }

    /** The gateway request keys of this top-up: the same on every attempt, so the gateway never acts twice. */
    String authorizeKey() {
        return "top-up:" + id + ":authorize";
    }

    String captureKey() {
        return "top-up:" + id + ":capture";
    }

    /** The status {@code action} leads to, by {@link TopUpStatus#TOP_UP}; a conflict when it is refused. */
    private TopUpStatus next(TopUpAction action) {
        return TopUpStatus.TOP_UP.next(status, action);
    }

    private TopUp withRefunded(TopUpStatus after, long change) {
        return new TopUp(id, userId, sourceId, amount, after, declineReason, gatewayReference, automatic, requestKey,
                requestedAt, settledAt, refunded + change);
    }
}

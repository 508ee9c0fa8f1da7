package domain.wallet;

import domain.shared.StateConflictException;
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
        requirePending("settle");
        return new TopUp(id, userId, sourceId, amount, TopUpStatus.SUCCEEDED, null, reference, automatic, requestKey, requestedAt, at, 0);
    }

    public TopUp declined(String reason, Instant at) {
        requirePending("decline");
        return new TopUp(id, userId, sourceId, amount, TopUpStatus.DECLINED, reason, null, automatic, requestKey, requestedAt, at, 0);
    }

    /** What can still be sent back to the source: a succeeded top-up, less what was refunded (or is being). */
    public long refundable() {
        return status == TopUpStatus.SUCCEEDED ? amount - refunded : 0;
    }

    /** {@code change} is added to what is refunded (negative when a refund is declined and undone). */
    public TopUp withRefunded(long change) {
        return new TopUp(id, userId, sourceId, amount, status, declineReason, gatewayReference, automatic, requestKey,
                requestedAt, settledAt, refunded + change);
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

    private void requirePending(String action) {
        if (!isPending()) throw new StateConflictException("top-up", status.name(), action);
    }
}

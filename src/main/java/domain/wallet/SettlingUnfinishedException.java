package domain.wallet;

/**
 * A top-up or a refund to the card was written down (committed, with its settle job) but settling it in
 * the request did not finish: a lock wait timed out, a race was lost, the gateway call failed. The
 * request's own transaction must roll back; the job already due finishes the work by asking the
 * gateway under the same key. The caller answers with the record as written down, still PENDING,
 * instead of an error that would invite a second request for the same money.
 */
public final class SettlingUnfinishedException extends RuntimeException {
    private final transient TopUp topUp;
    private final transient TopUpRefund refund;

    SettlingUnfinishedException(TopUp topUp, RuntimeException cause) {
        super("top-up " + topUp.id() + " is written down; its settle job finishes it", cause);
        this.topUp = topUp;
        this.refund = null;
    }

    SettlingUnfinishedException(TopUpRefund refund, RuntimeException cause) {
        super("top-up refund " + refund.id() + " is written down; its settle job finishes it", cause);
        this.topUp = null;
        this.refund = refund;
    }

    /** The top-up as written down, or null when this is about a refund. */
    public TopUp topUp() {
        return topUp;
    }

    /** The refund as written down, or null when this is about a top-up. */
    public TopUpRefund refund() {
        return refund;
    }
}

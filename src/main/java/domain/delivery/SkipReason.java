package domain.delivery;

/** Why a delivery was skipped or cancelled. */
public enum SkipReason {
    /** The subscriber skipped this delivery. */
    SUBSCRIBER,
    /** The subscription was paused (or suspended for want of payment) over this delivery's date. */
    PAUSED,
    /** Cancelled because its payment failed to the last retry. */
    UNPAID
}

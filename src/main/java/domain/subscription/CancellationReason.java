package domain.subscription;

/** Why a subscription was cancelled. */
public enum CancellationReason {
    /** The subscriber cancelled it. */
    SUBSCRIBER,
    /** A rental whose first month (its delivery) was still unpaid after the last retry: it never began. */
    FIRST_MONTH_UNPAID
}

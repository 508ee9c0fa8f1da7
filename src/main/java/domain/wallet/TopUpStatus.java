package domain.wallet;

/** PENDING until the gateway's outcome is known; then SUCCEEDED (booked to the wallet) or DECLINED. */
public enum TopUpStatus {
    PENDING,
    SUCCEEDED,
    DECLINED
}

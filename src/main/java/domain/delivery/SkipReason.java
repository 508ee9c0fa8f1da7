package domain.delivery;

public enum SkipReason {
    /** The subscriber skipped this delivery. */
    SUBSCRIBER,
    /** The subscription was paused over this delivery's date. */
    PAUSED
}

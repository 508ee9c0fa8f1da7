package domain.delivery;

public enum DeliveryTimeframe {
    /** Dated today or later and not finished: soonest first. */
    UPCOMING,
    /** Dated before today, or already finished: latest first. */
    PAST
}

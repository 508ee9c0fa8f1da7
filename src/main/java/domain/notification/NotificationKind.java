package domain.notification;

/**
 * What a subscriber is told about. An urgent kind is sent at any hour (the others wait out the quiet hours); a
 * mandatory kind cannot be switched off on every channel, since missing it costs the subscriber a delivery.
 */
public enum NotificationKind {
    SUBSCRIBED(false, false),
    PAID(false, false),
    PAYMENT_FAILED(true, true),
    WALLET_SHORT(true, false),
    DISPATCHED(false, false),
    SHIPPED(false, false),
    PAUSED(false, false),
    RESUMED(false, false),
    SUSPENDED(true, false),
    CANCELLED(false, false),
    ENDED(false, false),
    COMMITMENT_ENDING(false, false),
    REFUNDED(false, false),
    /** One of the subscriber's alerts matched a new or changed item (a plan or a partner's content). */
    ALERT_MATCHED(false, false);

    private final boolean urgent;
    private final boolean mandatory;

    NotificationKind(boolean urgent, boolean mandatory) {
        this.urgent = urgent;
        this.mandatory = mandatory;
    }

    public boolean urgent() {
        return urgent;
    }

    public boolean mandatory() {
        return mandatory;
    }
}

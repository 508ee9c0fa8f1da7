package domain.subscription;

public enum CancellationMode {
    /**
     * Deliveries already paid for or handed to the partner still arrive; the subscription ends the
     * day before the next delivery would have come.
     */
    END_OF_CYCLE,
    /** Everything not yet handed to the partner is cancelled today. */
    IMMEDIATE
}

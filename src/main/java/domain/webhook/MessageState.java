package domain.webhook;

/** Where a webhook message stands: waiting for its next attempt, taken by its receiver, or given up. */
public enum MessageState {
    PENDING,
    DELIVERED,
    FAILED
}

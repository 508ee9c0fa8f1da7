package domain.shared;

/** The business contexts whose events the platform publishes; each is one stream, in order per subject. */
public enum EventContext {
    CATALOG,
    SUBSCRIPTIONS,
    DELIVERIES,
    WALLET,
    ACCOUNTS,
    WEBHOOKS,
    CLASSIFICATION
}

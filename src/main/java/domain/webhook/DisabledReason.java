package domain.webhook;

/** Why an endpoint is disabled: the shop's own choice, or what its receiver did. */
public enum DisabledReason {
    /** The shop disabled it. */
    BY_SHOP,
    /** The receiver answered 410 Gone: it says the endpoint no longer exists. */
    GONE,
    /** Every attempt failed for {@link WebhookEndpoint#GIVE_UP_AFTER} in a row. */
    FAILING
}

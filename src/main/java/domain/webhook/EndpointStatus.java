package domain.webhook;

/** Whether an endpoint is sent messages. */
public enum EndpointStatus {
    ENABLED,
    DISABLED
}

package domain.webhook;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/**
 * The platform disabled a shop's endpoint: its receiver answered 410 Gone, or every attempt failed for 5 days. The
 * endpoint's status says why; the shop enables it again once its receiver is fixed. Never carries a secret.
 */
public record WebhookEndpointDisabled(WebhookEndpoint endpoint, Instant occurredAt) implements DomainEvent {
    public String type() { return "webhook_endpoint.disabled"; }
    public EventContext context() { return EventContext.WEBHOOKS; }
    public String subject() { return endpoint.id().toString(); }
    public Object resource() { return endpoint; }
}

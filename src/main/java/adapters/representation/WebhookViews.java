package adapters.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import domain.webhook.DisabledReason;
import domain.webhook.EndpointStatus;
import domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Webhook endpoints as the partner API shows them: never a secret (those are shown once, when made). */
public final class WebhookViews {
    private WebhookViews() { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookEndpointView(UUID id, String url,
                               @Schema(description = "The event types sent to it; empty: all of them") List<String> eventTypes,
                               String description, EndpointStatus status,
                               @Schema(description = "Why it is disabled: BY_SHOP, GONE (its receiver answered 410), FAILING (every attempt failed for 5 days)")
                               DisabledReason disabledReason,
                               @Schema(description = "Until when the secret replaced by the last rotation signs too; absent when only one signs")
                               Instant previousSecretUntil,
                               Instant createdAt, Instant updatedAt) {
        public static WebhookEndpointView of(WebhookEndpoint e, Instant now) {
            Instant overlap = e.previousSecretUntil() != null && now.isBefore(e.previousSecretUntil()) ? e.previousSecretUntil() : null;
            return new WebhookEndpointView(e.id(), e.url(), e.eventTypes().stream().sorted().toList(), e.description(), e.status(),
                    e.disabledReason(), overlap, e.createdAt(), e.updatedAt());
        }
    }
}

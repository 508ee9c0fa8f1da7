package adapters.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import domain.webhook.DisabledReason;
import domain.webhook.EndpointStatus;
import domain.webhook.MessageState;
import domain.webhook.WebhookAttempt;
import domain.webhook.WebhookMessage;
import domain.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Webhook endpoints as the partner API shows them: never a secret (those are shown once, when made). */
public final class WebhookViews {
    private WebhookViews() { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookEndpointView(UUID id, @Schema(description = "The shop it belongs to") UUID shopId, String url,
                               @Schema(description = "The event types sent to it; empty: all of them") List<String> eventTypes,
                               String description, EndpointStatus status,
                               @Schema(description = "Why it is disabled: BY_SHOP, GONE (its receiver answered 410), FAILING (every attempt failed for 5 days)")
                               DisabledReason disabledReason,
                               @Schema(description = "Until when the secret replaced by the last rotation signs too; absent when only one signs")
                               Instant previousSecretUntil,
                               Instant createdAt, Instant updatedAt) {
        public static WebhookEndpointView of(WebhookEndpoint e, Instant now) {
            Instant overlap = e.previousSecretUntil() != null && now.isBefore(e.previousSecretUntil()) ? e.previousSecretUntil() : null;
            return new WebhookEndpointView(e.id(), e.shop().value(), e.url(), e.eventTypes().stream().sorted().toList(), e.description(), e.status(),
                    e.disabledReason(), overlap, e.createdAt(), e.updatedAt());
        }
    }

    /** A message to an endpoint: {@code webhookId} is the header its receiver de-duplicates by. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookMessageView(UUID id, String webhookId, UUID eventId, String eventType, MessageState state,
                                     @Schema(description = "Attempts made so far") int attempts,
                                     @Schema(description = "When the next attempt is due, while PENDING") Instant nextAttemptAt,
                                     Instant deliveredAt,
                                     @Schema(description = "What went wrong with the last failed attempt") String lastError,
                                     Instant createdAt) {
        public static WebhookMessageView of(WebhookMessage m) {
            return new WebhookMessageView(m.id(), m.webhookId(), m.eventId(), m.eventType(), m.state(), m.attempts(),
                    m.state() == MessageState.PENDING ? m.nextAttemptAt() : null, m.deliveredAt(), m.lastError(), m.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookAttemptView(int number, Instant attemptedAt,
                                     @Schema(description = "The receiver's answer; absent when it was not reached") Integer statusCode,
                                     long responseMillis,
                                     @Schema(description = "The first KiB of the receiver's answer, as text") String responseBody,
                                     String error) {
        public static WebhookAttemptView of(WebhookAttempt a) {
            return new WebhookAttemptView(a.number(), a.attemptedAt(), a.statusCode(), a.responseMillis(), a.responseBody(), a.error());
        }
    }

    /** A message with what it sends and every attempt made. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WebhookMessageLogView(WebhookMessageView message,
                                        @Schema(description = "The body sent: {type, timestamp, data}; {} once erased (its subscriber closed their account)")
                                        String payload,
                                        List<WebhookAttemptView> attempts) {
        public static WebhookMessageLogView of(domain.webhook.ManageWebhookMessagesUseCase.MessageLog log) {
            return new WebhookMessageLogView(WebhookMessageView.of(log.message()), log.message().payload(),
                    log.attempts().stream().map(WebhookAttemptView::of).toList());
        }
    }

    public record ReplayedView(@Schema(description = "Messages sent again") int replayed,
                               @Schema(description = "More failed messages are left: ask again") boolean more) { }
}

package adapters.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.notification.NotificationSender.OutgoingNotification;
import domain.notification.NotificationSender.SendOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Push messages through a generic HTTP push gateway (the service that knows the user's devices, FCM or APNs
 * behind it): a JSON POST per message, with the send's id as {@code Idempotency-Key} so a repeat after a crash is
 * the gateway's to drop. 2xx is sent; 400, 404, 410 and 422 cannot succeed later (no such user or device); 429 waits
 * for its {@code Retry-After}; anything else is tried again. Without a configured gateway, push is refused.
 */
@ApplicationScoped
class PushGatewaySender implements ChannelSender {
    private final Optional<URI> gateway;
    private final Optional<String> token;
    private final Duration timeout;
    private final ObjectMapper json;
    private final HttpClient client;

    PushGatewaySender(@ConfigProperty(name = "gudok.notifications.push.url") Optional<URI> gateway,
                      @ConfigProperty(name = "gudok.notifications.push.token") Optional<String> token,
                      @ConfigProperty(name = "gudok.notifications.push.timeout") Duration timeout, ObjectMapper json) {
        this.gateway = gateway;
        this.token = token;
        this.timeout = timeout;
        this.json = json;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public SendOutcome send(OutgoingNotification notification) {
        if (gateway.isEmpty()) return SendOutcome.refused("no push gateway is configured");
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.get()).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", notification.sendId().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body(notification)));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) return SendOutcome.delivered();
            String error = "the push gateway answered " + status;
            if (status == 400 || status == 404 || status == 410 || status == 422) return SendOutcome.refused(error);
            if (status == 429) return new SendOutcome(false, false, error, retryAfter(response));
            return SendOutcome.failed(error);
        } catch (IOException e) {
            return SendOutcome.failed("push: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendOutcome.failed("push: interrupted");
        }
    }

    private String body(OutgoingNotification notification) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("userId", notification.userId());
        message.put("notificationId", notification.notificationId());
        message.put("kind", notification.kind().name());
        message.put("language", notification.language().name().toLowerCase(java.util.Locale.ROOT));
        message.put("title", notification.title());
        message.put("body", notification.body());
        try {
            return json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                long seconds = Long.parseLong(value.trim());
                return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(Math.min(seconds, 86_400)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}

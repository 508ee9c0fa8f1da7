package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

public final class WebhookMessageService implements ManageWebhookMessagesUseCase {
    private final WebhookEndpoints endpoints;
    private final WebhookMessages messages;
    private final WebhookDispatchService dispatch;

    public WebhookMessageService(WebhookEndpoints endpoints, WebhookMessages messages, WebhookDispatchService dispatch) {
        this.endpoints = endpoints;
        this.messages = messages;
        this.dispatch = dispatch;
    }

    @Override
    public Page<WebhookMessage> messages(ShopId shop, UUID endpointId, MessageState state, PageRequest page) {
        endpoint(shop, endpointId);
        return messages.ofEndpoint(endpointId, state, page);
    }

    @Override
    public MessageLog message(ShopId shop, UUID endpointId, UUID messageId) {
        endpoint(shop, endpointId);
        WebhookMessage message = messages.byId(messageId).filter(m -> m.endpointId().equals(endpointId))
                .orElseThrow(() -> new NotFoundException("webhook message", messageId));
        return new MessageLog(message, messages.attemptsOf(messageId));
    }

    @Override
    public WebhookMessage replay(ShopId shop, UUID endpointId, UUID messageId) {
        enabledEndpoint(shop, endpointId, "replay a message to");
        WebhookMessage message = messages.lock(messageId).filter(m -> m.endpointId().equals(endpointId))
                .orElseThrow(() -> new NotFoundException("webhook message", messageId));
        if ("{}".equals(message.payload())) {
            throw new StateConflictException("webhook message", "ERASED", "replay", "its subscriber closed their account");
        }
        return dispatch.replay(message);
    }

    @Override
    public Replayed replayFailedSince(ShopId shop, UUID endpointId, Instant since) {
        enabledEndpoint(shop, endpointId, "replay messages to");
        List<WebhookMessage> failed = messages.lockFailedSince(endpointId, since, REPLAY_BATCH + 1);
        List<WebhookMessage> now = failed.subList(0, Math.min(failed.size(), REPLAY_BATCH));
        now.forEach(dispatch::replay);
        return new Replayed(now.size(), failed.size() > REPLAY_BATCH);
    }

    @Override
    public WebhookMessage sendTest(ShopId shop, UUID endpointId) {
        enabledEndpoint(shop, endpointId, "send a test message to");
        return dispatch.sendTest(shop, endpointId);
    }

    private WebhookEndpoint endpoint(ShopId shop, UUID endpointId) {
        return endpoints.byId(shop, endpointId).orElseThrow(() -> new NotFoundException("webhook endpoint", endpointId));
    }

    private void enabledEndpoint(ShopId shop, UUID endpointId, String action) {
        WebhookEndpoint endpoint = endpoint(shop, endpointId);
        if (!endpoint.enabled()) {
            throw new StateConflictException("webhook endpoint", "DISABLED", action, "enable it first (PUT with enabled: true)");
        }
    }
}

package adapters.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import domain.catalog.ShopId;
import domain.webhook.WebhookEventTypes;
import domain.webhook.WebhookPayloads;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Message bodies in the Standard Webhooks form {@code {type, timestamp, data}}. */
@ApplicationScoped
public class JsonWebhookPayloads implements WebhookPayloads {
    private final ObjectMapper json;

    JsonWebhookPayloads(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public String test(ShopId shop, UUID endpointId, Instant at) {
        ObjectNode body = json.createObjectNode();
        body.put("type", WebhookEventTypes.TEST);
        body.put("timestamp", at.toString());
        ObjectNode data = body.putObject("data");
        data.put("endpointId", endpointId.toString());
        data.put("shopId", shop.value().toString());
        data.put("message", "a test message, sent on request");
        return body.toString();
    }
}

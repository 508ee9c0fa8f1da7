package domain.webhook;

import java.util.Set;
import java.util.UUID;

/** What fan-out needs of an enabled endpoint: which event types it wants (none listed: all). No secret. */
public record WebhookRoute(UUID endpointId, Set<String> eventTypes) {
    public WebhookRoute {
        eventTypes = Set.copyOf(eventTypes);
    }

    public boolean wants(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }
}

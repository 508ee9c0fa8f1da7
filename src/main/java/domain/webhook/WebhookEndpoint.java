package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.TransitionTable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A shop's webhook endpoint: where its messages go, which event types it wants (none listed: all), and the
 * secrets that sign them. A rotation keeps the replaced secret signing until {@code previousSecretUntil}, so the
 * receiver can move to the new one without refusing a message meanwhile; a second rotation within that time ends
 * the older secret at once (at most two sign). {@code failingSince}: the first failed attempt since the last that
 * succeeded; an endpoint failing for {@link #GIVE_UP_AFTER} is disabled.
 */
public record WebhookEndpoint(UUID id, ShopId shop, String url, Set<String> eventTypes, String description,
                              EndpointStatus status, DisabledReason disabledReason, String secret,
                              String previousSecret, Instant previousSecretUntil, Instant createdAt, Instant updatedAt,
                              Instant failingSince) {
    /** An endpoint whose every attempt failed for this long in a row is disabled. */
    public static final Duration GIVE_UP_AFTER = Duration.ofDays(5);

    enum Action {
        DISABLE("disable"), ENABLE("enable"), RECEIVER_GONE("mark gone"), GIVE_UP("give up on");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    /** The endpoint's lifecycle, in one place. */
    static final TransitionTable<EndpointStatus, Action> LIFECYCLE = TransitionTable.<EndpointStatus, Action>of("webhook endpoint", a -> a.verb)
            .on(EndpointStatus.ENABLED, Action.DISABLE, EndpointStatus.DISABLED)
            .on(EndpointStatus.ENABLED, Action.RECEIVER_GONE, EndpointStatus.DISABLED)
            .on(EndpointStatus.ENABLED, Action.GIVE_UP, EndpointStatus.DISABLED)
            .on(EndpointStatus.DISABLED, Action.ENABLE, EndpointStatus.ENABLED);

    public WebhookEndpoint {
        eventTypes = Set.copyOf(eventTypes);
    }

    public static WebhookEndpoint create(UUID id, ShopId shop, String url, Set<String> eventTypes, String description,
                                         String secret, Instant at) {
        return new WebhookEndpoint(id, shop, url, eventTypes, description, EndpointStatus.ENABLED, null, secret,
                null, null, at, at, null);
    }

    @Override
    public String toString() { // never the secrets
        return "WebhookEndpoint[" + id + " of shop " + shop.value() + ", " + status + "]";
    }

    public boolean enabled() {
        return status == EndpointStatus.ENABLED;
    }

    /** Whether this endpoint asked for events of this type. */
    public boolean wants(String type) {
        return eventTypes.isEmpty() || eventTypes.contains(type);
    }

    /** The secrets that sign a message sent at {@code at}: the current one, and the replaced one during its overlap. */
    public List<String> signingSecrets(Instant at) {
        List<String> secrets = new ArrayList<>(2);
        secrets.add(secret);
        if (previousSecret != null && previousSecretUntil != null && at.isBefore(previousSecretUntil)) secrets.add(previousSecret);
        return List.copyOf(secrets);
    }

    public WebhookEndpoint edited(String newUrl, Set<String> newTypes, String newDescription, Instant at) {
        return new WebhookEndpoint(id, shop, newUrl, newTypes, newDescription, status, disabledReason, secret,
                previousSecret, previousSecretUntil, createdAt, at, failingSince);
    }

    /** Signs with {@code fresh} from now on, and with the current secret too for {@code overlap}. */
    public WebhookEndpoint rotated(String fresh, Duration overlap, Instant at) {
        return new WebhookEndpoint(id, shop, url, eventTypes, description, status, disabledReason, fresh, secret,
                at.plus(overlap), createdAt, at, failingSince);
    }

    /** Disabled by the shop, or for what its receiver did ({@link DisabledReason#GONE}, {@link DisabledReason#FAILING}). */
    public WebhookEndpoint disabled(DisabledReason reason, Instant at) {
        Action action = switch (reason) {
            case BY_SHOP -> Action.DISABLE;
            case GONE -> Action.RECEIVER_GONE;
            case FAILING -> Action.GIVE_UP;
        };
        return moved(LIFECYCLE.next(status, action), reason, at);
    }

    /** Enabled again: its failures so far no longer count towards giving up. */
    public WebhookEndpoint enabled(Instant at) {
        return moved(LIFECYCLE.next(status, Action.ENABLE), null, at).withFailingSince(null);
    }

    /** An attempt to it failed at {@code at}: given up on once it has failed for {@link #GIVE_UP_AFTER} in a row. */
    public WebhookEndpoint failedAt(Instant at) {
        if (failingSince == null) return withFailingSince(at);
        if (enabled() && !at.isBefore(failingSince.plus(GIVE_UP_AFTER))) return disabled(DisabledReason.FAILING, at);
        return this;
    }

    public WebhookEndpoint succeeded() {
        return failingSince == null ? this : withFailingSince(null);
    }

    private WebhookEndpoint withFailingSince(Instant since) {
        return new WebhookEndpoint(id, shop, url, eventTypes, description, status, disabledReason, secret, previousSecret,
                previousSecretUntil, createdAt, updatedAt, since);
    }

    private WebhookEndpoint moved(EndpointStatus to, DisabledReason reason, Instant at) {
        return new WebhookEndpoint(id, shop, url, eventTypes, description, to, reason, secret, previousSecret,
                previousSecretUntil, createdAt, at, failingSince);
    }
}

package domain.webhook;

import domain.catalog.ShopId;
import domain.shared.BusinessCalendar;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.StateConflictException;
import domain.shared.Validation;
import java.time.Duration;
import java.util.TreeSet;
import java.util.UUID;

public final class WebhookEndpointService implements ManageWebhookEndpointsUseCase {
    private final WebhookEndpoints endpoints;
    private final BusinessCalendar calendar;
    private final boolean loopbackAllowed;
    private final Duration secretOverlap;

    /**
     * @param loopbackAllowed http and https to this machine (development and tests only)
     * @param secretOverlap how long a replaced secret keeps signing after a rotation
     */
    public WebhookEndpointService(WebhookEndpoints endpoints, BusinessCalendar calendar, boolean loopbackAllowed,
                                  Duration secretOverlap) {
        this.endpoints = endpoints;
        this.calendar = calendar;
        this.loopbackAllowed = loopbackAllowed;
        this.secretOverlap = secretOverlap;
    }

    @Override
    public CreatedEndpoint create(ShopId shop, EndpointSettings settings) {
        check(settings);
        int held = endpoints.lockShopAndCount(shop).orElseThrow(() -> new NotFoundException("shop", shop.value()));
        if (held >= MAX_ENDPOINTS) {
            throw new StateConflictException("shop", "HOLDING_" + MAX_ENDPOINTS + "_ENDPOINTS", "add a webhook endpoint to",
                    "remove one it no longer uses first");
        }
        String secret = WebhookSecret.generate();
        WebhookEndpoint endpoint = WebhookEndpoint.create(UUID.randomUUID(), shop, settings.url(), settings.eventTypes(),
                settings.description().strip(), secret, calendar.now());
        endpoints.add(endpoint);
        return new CreatedEndpoint(endpoint, secret);
    }

    @Override
    public Page<WebhookEndpoint> endpoints(ShopId shop, PageRequest page) {
        return endpoints.ofShop(shop, page);
    }

    @Override
    public WebhookEndpoint endpoint(ShopId shop, UUID id) {
        return endpoints.byId(shop, id).orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    @Override
    public WebhookEndpoint update(ShopId shop, UUID id, EndpointSettings settings, boolean enabled) {
        check(settings);
        WebhookEndpoint endpoint = locked(shop, id);
        var now = calendar.now();
        WebhookEndpoint changed = endpoint.edited(settings.url(), settings.eventTypes(), settings.description().strip(), now);
        if (enabled && !endpoint.enabled()) changed = changed.enabled(now);
        if (!enabled && endpoint.enabled()) changed = changed.disabled(DisabledReason.BY_SHOP, now);
        endpoints.update(changed);
        return changed;
    }

    @Override
    public void remove(ShopId shop, UUID id) {
        locked(shop, id);
        endpoints.remove(shop, id);
    }

    @Override
    public RotatedSecret rotateSecret(ShopId shop, UUID id) {
        WebhookEndpoint endpoint = locked(shop, id);
        String fresh = WebhookSecret.generate();
        WebhookEndpoint rotated = endpoint.rotated(fresh, secretOverlap, calendar.now());
        endpoints.update(rotated);
        return new RotatedSecret(rotated, fresh, rotated.previousSecretUntil());
    }

    private WebhookEndpoint locked(ShopId shop, UUID id) {
        return endpoints.lock(shop, id).orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    private void check(EndpointSettings settings) {
        Validation validation = new Validation();
        WebhookTarget.check(validation, settings.url(), "url", loopbackAllowed);
        TreeSet<String> unknown = new TreeSet<>(settings.eventTypes());
        unknown.removeAll(WebhookEventTypes.ALL);
        validation.require(unknown.isEmpty(), "eventTypes", "names types shops are not sent: " + String.join(", ", unknown)
                + " (known: " + String.join(", ", new TreeSet<>(WebhookEventTypes.ALL)) + ")");
        validation.optionalText(settings.description(), "description", MAX_DESCRIPTION);
        validation.throwIfInvalid();
    }
}

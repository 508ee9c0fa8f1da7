package domain.webhook;

import java.util.Set;
import java.util.TreeSet;

/**
 * The platform events a shop's endpoints may ask for: those about the shop's catalog, its subscriptions and their
 * deliveries, the payments and refunds made to it, and the endpoints the platform disabled (sent to the shop's
 * other endpoints that want it). (Wallet top-ups and account closures are the subscriber's
 * business, and shops are not sent them.)
 */
public final class WebhookEventTypes {
    public static final Set<String> ALL = Set.copyOf(new TreeSet<>(Set.of(
            "product.created", "product.changed", "product.retired", "plan.created", "plan.changed", "plan.retired",
            "subscription.created", "subscription.paused", "subscription.resumed", "subscription.changed",
            "subscription.address_changed", "subscription.cancelled", "subscription.suspended", "subscription.ended",
            "subscription.renewed", "subscription.delivery_skipped", "subscription.delivery_unskipped",
            "subscription.delivery_rescheduled",
            "delivery.scheduled", "delivery.paid", "delivery.payment_failed", "delivery.dispatched", "delivery.shipped",
            "delivery.delivered", "delivery.cancelled", "delivery.refunded",
            "payment.succeeded", "refund.created", "webhook_endpoint.disabled")));

    /** The type of the test message a shop sends itself; asked for by no one, sent only on request. */
    public static final String TEST = "webhook.test";

    private WebhookEventTypes() { }
}

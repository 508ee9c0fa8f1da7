package adapters.representation;

import domain.shared.EventContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every platform event type an integrator can receive: its CloudEvents type, its context (topic), the
 * representation its data is, and when it is emitted. The source of the event catalog
 * ({@code /events/asyncapi.json}) and of the types' versions. A test holds it against the domain's event records.
 */
public final class EventCatalog {
    private EventCatalog() { }

    /** {@code type} is the domain's name ({@code subscription.paused}); {@code version} the data's version. */
    public record EventType(String type, int version, EventContext context, Class<?> data, String subject, String when) {
        public String cloudEventType() {
            return "io.gudok." + type + ".v" + version;
        }
    }

    private static final String SHOP = "the shop", PRODUCT = "the product", PLAN = "the plan",
            SUBSCRIPTION = "the subscription", DELIVERY = "the delivery", OWNER = "the wallet's owner (user id)", USER = "the user id";

    public static final List<EventType> TYPES = List.of(
            new EventType("shop.registered", 1, EventContext.CATALOG, Views.ShopView.class, SHOP, "An admin registered a partner shop."),
            new EventType("product.created", 1, EventContext.CATALOG, Views.ProductView.class, PRODUCT, "A shop added a product."),
            new EventType("product.changed", 1, EventContext.CATALOG, Views.ProductView.class, PRODUCT,
                    "A shop edited a product (name, description, category, tags, images, regions); its plans are re-sorted into pools."),
            new EventType("product.retired", 1, EventContext.CATALOG, Views.ProductView.class, PRODUCT,
                    "A shop retired a product: no new plans; its active plans were retired with it (each with plan.retired)."),
            new EventType("plan.created", 1, EventContext.CATALOG, Views.PlanView.class, PLAN, "A shop added a plan."),
            new EventType("plan.changed", 1, EventContext.CATALOG, Views.PlanView.class, PLAN,
                    "A shop changed a plan's name or price: the price is for new subscriptions, those on the plan keep theirs."),
            new EventType("plan.retired", 1, EventContext.CATALOG, Views.PlanView.class, PLAN,
                    "A shop retired a plan: no new subscriptions; its subscribers keep it."),
            new EventType("subscription.created", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION, "Someone subscribed to a plan."),
            new EventType("subscription.paused", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION,
                    "The subscriber paused (until a date, or open-ended); the deliveries inside the pause are skipped."),
            new EventType("subscription.resumed", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION,
                    "The subscriber resumed, or a dated pause ended on its date."),
            new EventType("subscription.changed", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION,
                    "A new plan or quantity, from the next open cycle."),
            new EventType("subscription.address_changed", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION,
                    "A new delivery address for the deliveries not yet dispatched."),
            new EventType("subscription.cancelled", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION,
                    "Cancelled by the subscriber (at the end of the cycle or at once), or by the platform (a rental's first month unpaid)."),
            new EventType("subscription.suspended", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION,
                    "Unpaid cycles in a row reached the threshold: nothing is delivered until it is resumed."),
            new EventType("subscription.ended", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION, "A rental reached the end of its term."),
            new EventType("subscription.renewed", 1, EventContext.SUBSCRIPTIONS, Views.SubscriptionView.class, SUBSCRIPTION, "A rental was renewed for another term."),
            new EventType("subscription.delivery_skipped", 1, EventContext.SUBSCRIPTIONS, Views.DeliveryView.class, SUBSCRIPTION,
                    "The subscriber skipped one delivery (the data is that delivery)."),
            new EventType("subscription.delivery_unskipped", 1, EventContext.SUBSCRIPTIONS, Views.DeliveryView.class, SUBSCRIPTION,
                    "The subscriber took back their skip of one delivery."),
            new EventType("subscription.delivery_rescheduled", 1, EventContext.SUBSCRIPTIONS, Views.DeliveryView.class, SUBSCRIPTION,
                    "The subscriber moved one delivery to another day of its cycle."),
            new EventType("delivery.scheduled", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY, "A cycle was written down as a delivery ahead of its date."),
            new EventType("delivery.paid", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY, "The delivery was charged from the subscriber's wallet."),
            new EventType("delivery.payment_failed", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY,
                    "A charge fell short: the delivery waits PAYMENT_PENDING for a retry, or with none left is cancelled."),
            new EventType("delivery.dispatched", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY, "A paid delivery was handed to its shop on its date."),
            new EventType("delivery.shipped", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY, "The shop reported the shipment (carrier, tracking number)."),
            new EventType("delivery.delivered", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY, "The shop reported the arrival."),
            new EventType("delivery.cancelled", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY,
                    "The delivery was called off: the subscription cancelled or paused over it, or it stayed unpaid."),
            new EventType("delivery.refunded", 1, EventContext.DELIVERIES, Views.DeliveryView.class, DELIVERY, "The delivery's payment was given back in full."),
            new EventType("topup.succeeded", 1, EventContext.WALLET, WalletViews.TopUpView.class, OWNER, "A top-up the subscriber asked for settled."),
            new EventType("topup.declined", 1, EventContext.WALLET, WalletViews.TopUpView.class, OWNER, "The gateway declined a top-up (asked for, or automatic)."),
            new EventType("topup.auto_made", 1, EventContext.WALLET, WalletViews.TopUpView.class, OWNER,
                    "The wallet topped itself up from the default source to pay a charge it fell short of."),
            new EventType("payment.succeeded", 1, EventContext.WALLET, WalletViews.PaymentView.class, OWNER,
                    "A payment to a shop: a delivery's charge, a rental's monthly fee, an early-termination fee (each names its "
                            + "subscription), or a payment the subscriber made directly (names none)."),
            new EventType("refund.created", 1, EventContext.WALLET, WalletViews.RefundView.class, OWNER,
                    "A payment was refunded, in part or in full: by its shop, or because a paid delivery was called off. It names "
                            + "its payment's subscription, if any."),
            new EventType("account.closed", 1, EventContext.ACCOUNTS, AccountClosedView.class, USER,
                    "A user closed their account; its personal data is erased, its payment records kept 5 years. Every consumer must"
                            + " erase its copies of the user's personal data: the events of the listed subscriptions and of their"
                            + " deliveries, and the wallet events whose subject is the user."),
            new EventType("filter.created", 1, EventContext.CLASSIFICATION, ClassificationViews.FilterView.class, "the filter",
                    "A pool or an alert was created: classifiers load it, and its pool is back-filled from the items there are."),
            new EventType("filter.changed", 1, EventContext.CLASSIFICATION, ClassificationViews.FilterView.class, "the filter",
                    "A pool's or an alert's name or filter changed: classifiers load the new version, and its pool is computed again."),
            new EventType("filter.deleted", 1, EventContext.CLASSIFICATION, ClassificationViews.FilterView.class, "the filter",
                    "A pool or an alert was deleted: classifiers drop it, and its pool is emptied."),
            new EventType("classification.matched", 1, EventContext.CLASSIFICATION, ClassificationViews.ItemMatchesView.class, "the item",
                    "An item joined pools, or matched alerts, of one owner: one event per change of the item and owner, listing the"
                            + " filters (an alert matches an item once, and only items that appear or change after the alert was saved:"
                            + " what a user is told of)."),
            new EventType("classification.unmatched", 1, EventContext.CLASSIFICATION, ClassificationViews.ItemMatchesView.class, "the item",
                    "An item left pools of one owner: it changed, was retired or deleted, or the pools' filters changed."),
            new EventType("webhook_endpoint.disabled", 1, EventContext.WEBHOOKS, WebhookViews.WebhookEndpointView.class, "the webhook endpoint",
                    "The platform disabled one of a shop's webhook endpoints: its receiver answered 410 Gone, or every attempt failed for"
                            + " 5 days (disabledReason GONE or FAILING). Sent to the shop's other endpoints that want it; the shop"
                            + " enables the endpoint again once its receiver is fixed."));

    private static final Map<String, EventType> BY_TYPE = TYPES.stream().collect(Collectors.toMap(EventType::type, Function.identity()));

    /** The CloudEvents type of a domain event type; an unknown type is a bug (each one belongs in {@link #TYPES}). */
    public static String cloudEventType(String type) {
        EventType known = BY_TYPE.get(type);
        if (known == null) throw new IllegalArgumentException("event type " + type + " is not in the event catalog");
        return known.cloudEventType();
    }

    private static final Map<String, EventType> BY_CLOUD_EVENT_TYPE = TYPES.stream()
            .collect(Collectors.toMap(EventType::cloudEventType, Function.identity()));

    /** The domain event type of a CloudEvents type ({@code io.gudok.delivery.paid.v1}: {@code delivery.paid}), if it is one of ours. */
    public static java.util.Optional<String> typeOf(String cloudEventType) {
        return java.util.Optional.ofNullable(BY_CLOUD_EVENT_TYPE.get(cloudEventType)).map(EventType::type);
    }

    /** The topic's last part and the source's: the context in lower case. */
    public static String contextName(EventContext context) {
        return context.name().toLowerCase(Locale.ROOT);
    }
}

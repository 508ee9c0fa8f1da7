package domain.subscription;

import domain.delivery.Delivery;
import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/**
 * What happens to a subscription, in its order. The subject is the subscription; most events carry it as it
 * is after the change. A skip, an unskip or a reschedule is the subscriber acting on one delivery: the
 * event is the subscription's (so its history stays in one order) and carries that delivery.
 */
public sealed interface SubscriptionEvent extends DomainEvent {

    @Override
    default EventContext context() {
        return EventContext.SUBSCRIPTIONS;
    }

    /** The subscription the event is about. */
    java.util.UUID subscriptionId();

    @Override
    default String subject() {
        return subscriptionId().toString();
    }

    /** An event whose resource is the subscription as it is after the change. */
    sealed interface Changed extends SubscriptionEvent {
        Subscription subscription();

        default java.util.UUID subscriptionId() { return subscription().id(); }

        default Object resource() { return subscription(); }
    }

    /** An event whose resource is the one delivery the subscriber acted on. */
    sealed interface DeliveryChanged extends SubscriptionEvent {
        Delivery delivery();

        default java.util.UUID subscriptionId() { return delivery().subscriptionId(); }

        default Object resource() { return delivery(); }
    }

    record SubscriptionCreated(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.created"; }
    }

    record SubscriptionPaused(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.paused"; }
    }

    record SubscriptionResumed(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.resumed"; }
    }

    /** A new quantity or plan. */
    record SubscriptionChanged(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.changed"; }
    }

    record SubscriptionAddressChanged(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.address_changed"; }
    }

    record SubscriptionCancelled(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.cancelled"; }
    }

    /** Unpaid cycles reached the suspend threshold: nothing more is delivered until it is resumed. */
    record SubscriptionSuspended(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.suspended"; }
    }

    /** A rental reached the end of its term. */
    record SubscriptionEnded(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.ended"; }
    }

    /** A rental renewed for another term. */
    record SubscriptionRenewed(Subscription subscription, Instant occurredAt) implements Changed {
        public String type() { return "subscription.renewed"; }
    }

    record DeliverySkipped(Delivery delivery, Instant occurredAt) implements DeliveryChanged {
        public String type() { return "subscription.delivery_skipped"; }
    }

    /** The subscriber took back their own skip. */
    record DeliveryUnskipped(Delivery delivery, Instant occurredAt) implements DeliveryChanged {
        public String type() { return "subscription.delivery_unskipped"; }
    }

    record DeliveryRescheduled(Delivery delivery, Instant occurredAt) implements DeliveryChanged {
        public String type() { return "subscription.delivery_rescheduled"; }
    }
}

package domain.delivery;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/**
 * What happens to a delivery on its way from billing to the door. The subject is the delivery; each event
 * carries it as it is after the change, and it names its subscription. A subscriber's skip, unskip or
 * reschedule is the subscription's event instead (see the subscription events).
 */
public sealed interface DeliveryEvent extends DomainEvent {
    Delivery delivery();

    @Override
    default EventContext context() {
        return EventContext.DELIVERIES;
    }

    @Override
    default String subject() {
        return delivery().id().toString();
    }

    @Override
    default Object resource() {
        return delivery();
    }

    /** A cycle written down ahead of its date. */
    record DeliveryScheduled(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.scheduled"; }
    }

    record DeliveryPaid(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.paid"; }
    }

    /** A charge fell short; the delivery waits for a retry (PAYMENT_PENDING) or, with none left, is cancelled. */
    record DeliveryPaymentFailed(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.payment_failed"; }
    }

    /** Handed to the shop to ship. */
    record DeliveryDispatched(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.dispatched"; }
    }

    record DeliveryShipped(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.shipped"; }
    }

    record DeliveryDelivered(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.delivered"; }
    }

    record DeliveryCancelled(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.cancelled"; }
    }

    /** Its payment was given back in full (a pause or cancellation called a paid delivery off). */
    record DeliveryRefunded(Delivery delivery, Instant occurredAt) implements DeliveryEvent {
        public String type() { return "delivery.refunded"; }
    }
}

package simulation;

import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent;
import domain.delivery.DeliveryState;
import domain.shared.DomainEvent;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionEvent;
import domain.wallet.TopUp;
import domain.wallet.WalletEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a consumer knows from the events alone: each committed event taken in the order it was recorded (the
 * outbox's order), as the relay would publish it. The {@link Invariants} hold this view against the stores.
 */
final class EventHistory {
    /** The last event about one delivery: its number in the order, its type, and the delivery it carried. */
    record Told(int number, String type, Delivery delivery) { }

    private int taken;
    private long next = 1;
    private final Map<UUID, Told> lastOfDelivery = new HashMap<>();
    private final Map<UUID, Set<UUID>> deliveriesOf = new HashMap<>();
    /** Per delivery, how many events of each type told of it. */
    private final Map<UUID, Map<String, Integer>> countsOfDelivery = new HashMap<>();
    private final Map<UUID, Subscription> lastOfSubscription = new HashMap<>();
    /** Per subscription, the number of the last event of each type about the subscription itself. */
    private final Map<UUID, Map<String, Integer>> lastOfType = new HashMap<>();
    private final Map<UUID, Integer> paymentsTold = new HashMap<>();
    private final Map<UUID, Integer> refundsTold = new HashMap<>();
    private final Map<UUID, List<String>> topUpsTold = new HashMap<>();
    /** What was wrong with an event's place in its subject's history, found as it was taken. */
    private final List<String> outOfOrder = new ArrayList<>();

    /** Takes the events committed since the last call (a step's, or its separate transactions'); answers them. */
    List<DomainEvent> take(SimEvents events) {
        List<DomainEvent> taking = events.from(next);
        next = events.next();
        for (DomainEvent event : taking) take(event, taken++);
        return taking;
    }

    private void take(DomainEvent event, int number) {
        if (event instanceof DeliveryEvent e) {
            delivery(e.delivery(), e.type(), number);
        } else if (event instanceof SubscriptionEvent.DeliveryChanged e) {
            delivery(e.delivery(), e.type(), number);
        } else if (event instanceof SubscriptionEvent.Changed e) {
            lastOfSubscription.put(e.subscriptionId(), e.subscription());
            lastOfType.computeIfAbsent(e.subscriptionId(), s -> new HashMap<>()).put(e.type(), number);
        } else if (event instanceof WalletEvent.PaymentSucceeded e) {
            paymentsTold.merge(e.payment().id(), 1, Integer::sum);
        } else if (event instanceof WalletEvent.RefundCreated e) {
            refundsTold.merge(e.refund().id(), 1, Integer::sum);
        } else if (event instanceof WalletEvent e && e.resource() instanceof TopUp topUp) {
            topUpsTold.computeIfAbsent(topUp.id(), t -> new ArrayList<>()).add(e.type());
        } else {
            throw new IllegalStateException("the simulation does not " + event.type());
        }
    }

    /** A delivery's history starts with delivery.scheduled; after delivery.cancelled only delivery.refunded may follow. */
    private void delivery(Delivery delivery, String type, int number) {
        Told last = lastOfDelivery.get(delivery.id());
        if (last == null && !type.equals("delivery.scheduled")) {
            outOfOrder.add("the first event about delivery " + delivery.id() + " is " + type);
        }
        if (last != null && last.delivery().state() == DeliveryState.CANCELLED
                && !(last.type().equals("delivery.cancelled") && type.equals("delivery.refunded"))) {
            outOfOrder.add("delivery " + delivery.id() + " got " + type + " after " + last.type());
        }
        lastOfDelivery.put(delivery.id(), new Told(number, type, delivery));
        countsOfDelivery.computeIfAbsent(delivery.id(), d -> new HashMap<>()).merge(type, 1, Integer::sum);
        deliveriesOf.computeIfAbsent(delivery.subscriptionId(), s -> new LinkedHashSet<>()).add(delivery.id());
    }

    Told lastOfDelivery(UUID deliveryId) {
        return lastOfDelivery.get(deliveryId);
    }

    /** How many events of this type told of the delivery. */
    int toldOfDelivery(UUID deliveryId, String type) {
        return countsOfDelivery.getOrDefault(deliveryId, Map.of()).getOrDefault(type, 0);
    }

    /** Every delivery of the subscription an event told of, whether or not it is still stored. */
    Set<UUID> deliveriesOf(UUID subscriptionId) {
        return deliveriesOf.getOrDefault(subscriptionId, Set.of());
    }

    Subscription lastOfSubscription(UUID subscriptionId) {
        return lastOfSubscription.get(subscriptionId);
    }

    /** Whether an event of one of these types about the subscription came after event number {@code number}. */
    boolean subscriptionToldAfter(UUID subscriptionId, int number, String... types) {
        Map<String, Integer> last = lastOfType.getOrDefault(subscriptionId, Map.of());
        for (String type : types) {
            if (last.getOrDefault(type, -1) > number) return true;
        }
        return false;
    }

    int paymentsTold(UUID paymentId) {
        return paymentsTold.getOrDefault(paymentId, 0);
    }

    int refundsTold(UUID refundId) {
        return refundsTold.getOrDefault(refundId, 0);
    }

    List<String> topUpTold(UUID topUpId) {
        return topUpsTold.getOrDefault(topUpId, List.of());
    }

    /** What was found out of order since the last call. */
    List<String> outOfOrder() {
        List<String> found = List.copyOf(outOfOrder);
        outOfOrder.clear();
        return found;
    }
}

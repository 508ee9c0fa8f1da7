package domain.delivery;

import domain.catalog.ShopId;
import domain.delivery.DeliveryState.Action;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One cycle of a subscription turned into a delivery. {@code originalDate} is the date the schedule
 * gives the cycle; {@code date} may differ when the subscriber rescheduled it within the cycle.
 */
public record Delivery(UUID id, UUID subscriptionId, String userId, ShopId shopId, UUID planId,
                       int cycleNumber, LocalDate originalDate, LocalDate date, int quantity,
                       DeliveryAddress address, DeliveryState state, SkipReason skipReason,
                       Shipment shipment, Instant deliveredAt, long version) {

    public static Delivery scheduled(UUID subscriptionId, String userId, ShopId shopId, UUID planId,
                                     int cycleNumber, LocalDate date, int quantity, DeliveryAddress address) {
        return new Delivery(UUID.randomUUID(), subscriptionId, userId, shopId, planId, cycleNumber, date, date,
                quantity, address, DeliveryState.SCHEDULED, null, null, null, 0);
    }

    public Delivery skip(SkipReason reason) {
        return moveTo(Action.SKIP, reason);
    }

    /** A skip undone: the subscription it belongs to resumed. */
    public Delivery unskip() {
        return moveTo(Action.RESTORE, null);
    }

    public Delivery cancel() {
        return moveTo(Action.CANCEL, skipReason);
    }

    /** Called off because a pause or a suspension came over it after it was billed. */
    public Delivery cancelForPause() {
        return moveTo(Action.CANCEL, SkipReason.PAUSED);
    }

    /** Handed to the partner shop on its date, by the dispatch job; only a paid delivery goes. */
    public Delivery dispatch() {
        return moveTo(Action.DISPATCH, null);
    }

    public Delivery paid() {
        return moveTo(Action.PAY, null);
    }

    public Delivery paymentPending() {
        return moveTo(Action.BILL, null);
    }

    /** Given up after the last payment retry failed. */
    public Delivery cancelUnpaid() {
        return moveTo(Action.CANCEL, SkipReason.UNPAID);
    }

    public boolean isPaid() {
        return state == DeliveryState.PAID;
    }

    public Delivery reschedule(LocalDate newDate) {
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, newDate, quantity,
                address, next(Action.RESCHEDULE), skipReason, shipment, deliveredAt, version);
    }

    /** A quantity change reaches every delivery still ahead, including one a pause skipped and a resume brings back. */
    public Delivery withQuantity(int newQuantity) {
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, newQuantity,
                address, next(Action.CHANGE), skipReason, shipment, deliveredAt, version);
    }

    /** A new address reaches every delivery not handed to the shop yet. */
    public Delivery withAddress(DeliveryAddress newAddress) {
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                newAddress, next(Action.MOVE), skipReason, shipment, deliveredAt, version);
    }

    /** The subscriber takes back their own skip; a delivery a pause skipped comes back with the resume. */
    public Delivery unskipBySubscriber() {
        if (state == DeliveryState.SKIPPED && skipReason != SkipReason.SUBSCRIBER) {
            throw new StateConflictException("delivery", "SKIPPED by a pause", "unskip");
        }
        return moveTo(Action.UNSKIP, null);
    }

    public Delivery ship(Shipment report) {
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                address, next(Action.SHIP), null, report, null, version);
    }

    public Delivery markDelivered(Instant at) {
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                address, next(Action.DELIVER), null, shipment, at, version);
    }

    public boolean isScheduled() {
        return state == DeliveryState.SCHEDULED;
    }

    /** The state {@code action} leads to, by {@link DeliveryState#TRANSITIONS}; a conflict when it is refused. */
    private DeliveryState next(Action action) {
        return DeliveryState.TRANSITIONS.next(state, action);
    }

    private Delivery moveTo(Action action, SkipReason reason) {
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                address, next(action), reason, shipment, deliveredAt, version);
    }
}

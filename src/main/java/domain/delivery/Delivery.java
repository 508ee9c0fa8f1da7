package domain.delivery;

import domain.catalog.ShopId;
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
        return moveTo(DeliveryState.SKIPPED, "skip", reason);
    }

    public Delivery unskip() {
        return moveTo(DeliveryState.SCHEDULED, "restore", null);
    }

    public Delivery cancel() {
        return moveTo(DeliveryState.CANCELLED, "cancel", skipReason);
    }

    /** Called off because a pause or a suspension came over it after it was billed. */
    public Delivery cancelForPause() {
        return moveTo(DeliveryState.CANCELLED, "cancel", SkipReason.PAUSED);
    }

    /** Handed to the partner shop on its date, by the dispatch job; only a paid delivery goes. */
    public Delivery dispatch() {
        return moveTo(DeliveryState.DISPATCHED, "dispatch", null);
    }

    public Delivery paid() {
        return moveTo(DeliveryState.PAID, "pay", null);
    }

    public Delivery paymentPending() {
        return moveTo(DeliveryState.PAYMENT_PENDING, "bill", null);
    }

    /** Given up after the last payment retry failed. */
    public Delivery cancelUnpaid() {
        return moveTo(DeliveryState.CANCELLED, "cancel", SkipReason.UNPAID);
    }

    public boolean isPaid() {
        return state == DeliveryState.PAID;
    }

    public Delivery reschedule(LocalDate newDate) {
        requireState(DeliveryState.SCHEDULED, "reschedule");
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, newDate, quantity,
                address, state, skipReason, shipment, deliveredAt, version);
    }

    /** A quantity change reaches every delivery still ahead, including one a pause skipped and a resume brings back. */
    public Delivery withQuantity(int newQuantity) {
        if (!state.isOpen()) throw new StateConflictException("delivery", state.name(), "change");
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, newQuantity,
                address, state, skipReason, shipment, deliveredAt, version);
    }

    /** A new address reaches every delivery not handed to the shop yet. */
    public Delivery withAddress(DeliveryAddress newAddress) {
        if (!state.isAhead()) throw new StateConflictException("delivery", state.name(), "change the address of");
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                newAddress, state, skipReason, shipment, deliveredAt, version);
    }

    /** The subscriber takes back their own skip; a delivery a pause skipped comes back with the resume. */
    public Delivery unskipBySubscriber() {
        if (state != DeliveryState.SKIPPED || skipReason != SkipReason.SUBSCRIBER) {
            throw new StateConflictException("delivery", state == DeliveryState.SKIPPED ? "SKIPPED by a pause" : state.name(), "unskip");
        }
        return unskip();
    }

    public Delivery ship(Shipment report) {
        requireTransition(DeliveryState.SHIPPED, "ship");
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                address, DeliveryState.SHIPPED, null, report, null, version);
    }

    public Delivery markDelivered(Instant at) {
        requireTransition(DeliveryState.DELIVERED, "mark delivered");
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                address, DeliveryState.DELIVERED, null, shipment, at, version);
    }

    public boolean isScheduled() {
        return state == DeliveryState.SCHEDULED;
    }

    private void requireState(DeliveryState required, String action) {
        if (state != required) throw new StateConflictException("delivery", state.name(), action);
    }

    private void requireTransition(DeliveryState target, String action) {
        if (!state.canBecome(target)) throw new StateConflictException("delivery", state.name(), action);
    }

    private Delivery moveTo(DeliveryState target, String action, SkipReason reason) {
        requireTransition(target, action);
        return new Delivery(id, subscriptionId, userId, shopId, planId, cycleNumber, originalDate, date, quantity,
                address, target, reason, shipment, deliveredAt, version);
    }
}

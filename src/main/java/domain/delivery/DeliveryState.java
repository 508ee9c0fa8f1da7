package domain.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one cycle's delivery stands. Billing (wallet issue) adds PAYMENT_PENDING and PAID between
 * SCHEDULED and DISPATCHED; the dispatch job (scheduling issue) moves a delivery to DISPATCHED on its date.
 */
public enum DeliveryState {
    SCHEDULED,
    SKIPPED,
    DISPATCHED,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    private Set<DeliveryState> next() {
        return switch (this) {
            // A partner may ship before the dispatch job has run: shipping proves the hand-over.
            case SCHEDULED -> EnumSet.of(SKIPPED, CANCELLED, DISPATCHED, SHIPPED);
            // A skip made by a pause is undone when the subscription resumes early.
            case SKIPPED -> EnumSet.of(SCHEDULED, CANCELLED);
            case DISPATCHED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED -> EnumSet.noneOf(DeliveryState.class);
        };
    }

    public boolean canBecome(DeliveryState target) {
        return next().contains(target);
    }

    /** Still ahead of the subscriber and still changeable by them. */
    public boolean isOpen() {
        return this == SCHEDULED || this == SKIPPED;
    }
}

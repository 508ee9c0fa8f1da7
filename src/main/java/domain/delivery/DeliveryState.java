package domain.delivery;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where one cycle's delivery stands. Billing charges a SCHEDULED delivery before its date: PAID, or
 * PAYMENT_PENDING while retries last (then PAID, or CANCELLED as unpaid). The dispatch job hands a PAID
 * delivery to its shop on its date (DISPATCHED); the shop reports SHIPPED and DELIVERED.
 */
public enum DeliveryState {
    SCHEDULED,
    SKIPPED,
    PAYMENT_PENDING,
    PAID,
    DISPATCHED,
    SHIPPED,
    DELIVERED,
    CANCELLED;

    private Set<DeliveryState> next() {
        return switch (this) {
            case SCHEDULED -> EnumSet.of(SKIPPED, CANCELLED, PAID, PAYMENT_PENDING);
            // A skip made by a pause is undone when the subscription resumes early.
            case SKIPPED -> EnumSet.of(SCHEDULED, CANCELLED);
            // A pause over a delivery still being paid skips it: its retries stop, and an early resume bills it anew.
            case PAYMENT_PENDING -> EnumSet.of(PAID, SKIPPED, CANCELLED);
            // A partner may ship a paid delivery before the dispatch job has run: shipping proves the hand-over.
            case PAID -> EnumSet.of(DISPATCHED, SHIPPED, CANCELLED);
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

    /** Not handed to the shop yet, and not given up: open, or being paid, or paid. */
    public boolean isAhead() {
        return isOpen() || this == PAYMENT_PENDING || this == PAID;
    }
}

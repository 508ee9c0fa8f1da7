package domain.delivery;

import static domain.delivery.DeliveryState.Action.BILL;
import static domain.delivery.DeliveryState.Action.CANCEL;
import static domain.delivery.DeliveryState.Action.CHANGE;
import static domain.delivery.DeliveryState.Action.DELIVER;
import static domain.delivery.DeliveryState.Action.DISPATCH;
import static domain.delivery.DeliveryState.Action.MOVE;
import static domain.delivery.DeliveryState.Action.PAY;
import static domain.delivery.DeliveryState.Action.RESCHEDULE;
import static domain.delivery.DeliveryState.Action.RESTORE;
import static domain.delivery.DeliveryState.Action.SHIP;
import static domain.delivery.DeliveryState.Action.SKIP;
import static domain.delivery.DeliveryState.Action.UNSKIP;

import domain.shared.TransitionTable;

/**
 * Where one cycle's delivery stands. Billing charges a SCHEDULED delivery before its date: PAID, or
 * PAYMENT_PENDING while retries last (then PAID, or CANCELLED as unpaid). The dispatch job hands a PAID
 * delivery to its shop on its date (DISPATCHED); the shop reports SHIPPED and DELIVERED. {@link #TRANSITIONS}
 * says what each action does in each state.
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

    /** What can happen to a delivery; the verb names it when it is refused. */
    public enum Action {
        /** Charged before its date, and the wallet fell short: retries follow. */
        BILL("bill"),
        PAY("pay"),
        SKIP("skip"),
        /** A skip undone by the subscription's resume. */
        RESTORE("restore"),
        /** The subscriber takes back their own skip (one a pause made comes back with the resume only). */
        UNSKIP("unskip"),
        RESCHEDULE("reschedule"),
        /** A new quantity or plan. */
        CHANGE("change"),
        /** A new address. */
        MOVE("change the address of"),
        DISPATCH("dispatch"),
        SHIP("ship"),
        DELIVER("mark delivered"),
        CANCEL("cancel");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }

        String verb() {
            return verb;
        }
    }

    /** state × action → state. A pair not listed is refused. UNSKIP also needs the subscriber's own skip. */
    public static final TransitionTable<DeliveryState, Action> TRANSITIONS = TransitionTable.<DeliveryState, Action>of("delivery", Action::verb)
            // from             action       to
            .on(SCHEDULED,       BILL,        PAYMENT_PENDING)
            .on(SCHEDULED,       PAY,         PAID)
            .on(SCHEDULED,       SKIP,        SKIPPED)
            .on(SCHEDULED,       RESCHEDULE,  SCHEDULED)
            .on(SCHEDULED,       CHANGE,      SCHEDULED)
            .on(SCHEDULED,       MOVE,        SCHEDULED)
            .on(SCHEDULED,       CANCEL,      CANCELLED)

            // A skipped delivery takes a new quantity and address for when it comes back.
            .on(SKIPPED,         RESTORE,     SCHEDULED)
            .on(SKIPPED,         UNSKIP,      SCHEDULED)
            .on(SKIPPED,         CHANGE,      SKIPPED)
            .on(SKIPPED,         MOVE,        SKIPPED)
            .on(SKIPPED,         CANCEL,      CANCELLED)

            // A pause over a delivery still being paid skips it: its retries stop, and an early resume bills it anew.
            .on(PAYMENT_PENDING, PAY,         PAID)
            .on(PAYMENT_PENDING, SKIP,        SKIPPED)
            .on(PAYMENT_PENDING, MOVE,        PAYMENT_PENDING)
            .on(PAYMENT_PENDING, CANCEL,      CANCELLED)

            // A partner may ship a paid delivery before the dispatch job has run: shipping proves the hand-over.
            .on(PAID,            DISPATCH,    DISPATCHED)
            .on(PAID,            SHIP,        SHIPPED)
            .on(PAID,            MOVE,        PAID)
            .on(PAID,            CANCEL,      CANCELLED)

            .on(DISPATCHED,      SHIP,        SHIPPED)
            .on(DISPATCHED,      CANCEL,      CANCELLED)

            .on(SHIPPED,         DELIVER,     DELIVERED);
            // DELIVERED and CANCELLED allow nothing.

    /** Still ahead of the subscriber and still changeable by them. */
    public boolean isOpen() {
        return this == SCHEDULED || this == SKIPPED;
    }

    /** Not handed to the shop yet, and not given up: open, or being paid, or paid. */
    public boolean isAhead() {
        return isOpen() || this == PAYMENT_PENDING || this == PAID;
    }
}

package domain.wallet;

import domain.shared.TransitionTable;

/**
 * PENDING until the gateway's outcome is known; then SUCCEEDED (booked to the wallet) or DECLINED. Top-ups
 * and their refunds share these states; {@link #TOP_UP} and {@link #TOP_UP_REFUND} say what each action does
 * to each.
 */
public enum TopUpStatus {
    PENDING,
    SUCCEEDED,
    DECLINED;

    /** What the gateway's answer, and refunds later, do to a top-up. */
    public enum TopUpAction {
        SUCCEED("settle"),
        DECLINE("decline"),
        /** Money sent back to the source, or put back when the gateway declines sending it. */
        REFUND("refund");

        private final String verb;

        TopUpAction(String verb) {
            this.verb = verb;
        }
    }

    /** What the gateway's answer does to a refund of a top-up. */
    public enum RefundAction {
        SUCCEED,
        DECLINE
    }

    /** A top-up's state × action → state. A pair not listed is refused. */
    public static final TransitionTable<TopUpStatus, TopUpAction> TOP_UP = TransitionTable.<TopUpStatus, TopUpAction>of("top-up", a -> a.verb)
            // from       action                  to
            .on(PENDING,   TopUpAction.SUCCEED,    SUCCEEDED)
            .on(PENDING,   TopUpAction.DECLINE,    DECLINED)
            .on(SUCCEEDED, TopUpAction.REFUND,     SUCCEEDED);
            // DECLINED allows nothing.

    /** A top-up refund's state × action → state. A pair not listed is refused. */
    public static final TransitionTable<TopUpStatus, RefundAction> TOP_UP_REFUND = TransitionTable.<TopUpStatus, RefundAction>of("top-up refund", a -> "settle")
            // from       action                  to
            .on(PENDING,   RefundAction.SUCCEED,   SUCCEEDED)
            .on(PENDING,   RefundAction.DECLINE,   DECLINED);
            // SUCCEEDED and DECLINED allow nothing.
}

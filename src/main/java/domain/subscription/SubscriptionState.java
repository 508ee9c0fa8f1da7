package domain.subscription;

import domain.shared.StateConflictException;
import java.util.EnumSet;
import java.util.Set;

/** The lifecycle of a subscription, with the actions each state allows. */
public enum SubscriptionState {
    ACTIVE(EnumSet.of(Action.PAUSE, Action.SKIP, Action.UNSKIP, Action.RESCHEDULE, Action.CHANGE, Action.MOVE, Action.CANCEL,
            Action.RENEW, Action.END, Action.SUSPEND)),
    /** Nothing is billed or delivered in a pause, so nothing can go unpaid and suspend it. */
    PAUSED(EnumSet.of(Action.RESUME, Action.CHANGE, Action.MOVE, Action.CANCEL)),
    /**
     * Too many cycles in a row went unpaid: nothing is delivered or billed until the subscriber resumes. A
     * suspended rental still ends when its commitment does.
     */
    SUSPENDED(EnumSet.of(Action.RESUME, Action.MOVE, Action.CANCEL, Action.END)),
    CANCELLED(EnumSet.noneOf(Action.class)),
    /** A rental whose commitment ran out without renewal. */
    ENDED(EnumSet.noneOf(Action.class));

    public enum Action {
        PAUSE, RESUME, SKIP, UNSKIP, RESCHEDULE, CHANGE,
        /** Change the delivery address. */
        MOVE,
        CANCEL, RENEW, END, SUSPEND;

        String verb() {
            return name().toLowerCase();
        }
    }

    private final Set<Action> allowed;

    SubscriptionState(Set<Action> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(Action action) {
        return allowed.contains(action);
    }

    void require(Action action) {
        if (!allows(action)) throw new StateConflictException("subscription", name(), action.verb());
    }
}

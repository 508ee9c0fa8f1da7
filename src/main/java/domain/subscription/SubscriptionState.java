package domain.subscription;

import static domain.subscription.SubscriptionState.Action.CANCEL;
import static domain.subscription.SubscriptionState.Action.CHANGE;
import static domain.subscription.SubscriptionState.Action.END;
import static domain.subscription.SubscriptionState.Action.MOVE;
import static domain.subscription.SubscriptionState.Action.PAUSE;
import static domain.subscription.SubscriptionState.Action.RENEW;
import static domain.subscription.SubscriptionState.Action.RESCHEDULE;
import static domain.subscription.SubscriptionState.Action.RESUME;
import static domain.subscription.SubscriptionState.Action.SKIP;
import static domain.subscription.SubscriptionState.Action.SUSPEND;
import static domain.subscription.SubscriptionState.Action.UNSKIP;

import domain.shared.TransitionTable;

/** The lifecycle of a subscription: its states, and in {@link #TRANSITIONS} what each action does in each. */
public enum SubscriptionState {
    ACTIVE,
    /** Nothing is billed or delivered in a pause, so nothing can go unpaid and suspend it. */
    PAUSED,
    /**
     * Too many cycles in a row went unpaid: nothing is delivered or billed until the subscriber resumes. A
     * suspended rental still ends when its commitment does.
     */
    SUSPENDED,
    CANCELLED,
    /** A rental whose commitment ran out without renewal. */
    ENDED;

    public enum Action {
        PAUSE, RESUME,
        /** Skip, unskip and reschedule act on a delivery; the subscription only has to allow them. */
        SKIP, UNSKIP, RESCHEDULE,
        /** Change the plan or the quantity. */
        CHANGE,
        /** Change the delivery address. */
        MOVE,
        CANCEL, RENEW, END, SUSPEND;

        String verb() {
            return name().toLowerCase();
        }
    }

    /**
     * state × action → state. A pair not listed is refused. Two actions have a rule besides the state: only a
     * rental renews, and END is the daily check of a rental whose commitment is over (a pair not listed, or a
     * commitment still running, leaves the subscription as it is instead of refusing).
     */
    public static final TransitionTable<SubscriptionState, Action> TRANSITIONS = TransitionTable.<SubscriptionState, Action>of("subscription", Action::verb)
            // from       action       to
            .on(ACTIVE,    PAUSE,       PAUSED)
            .on(ACTIVE,    SKIP,        ACTIVE)
            .on(ACTIVE,    UNSKIP,      ACTIVE)
            .on(ACTIVE,    RESCHEDULE,  ACTIVE)
            .on(ACTIVE,    CHANGE,      ACTIVE)
            .on(ACTIVE,    MOVE,        ACTIVE)
            .on(ACTIVE,    CANCEL,      CANCELLED)
            .on(ACTIVE,    RENEW,       ACTIVE)
            .on(ACTIVE,    END,         ENDED)
            .on(ACTIVE,    SUSPEND,     SUSPENDED)

            .on(PAUSED,    RESUME,      ACTIVE)
            .on(PAUSED,    CHANGE,      PAUSED)
            .on(PAUSED,    MOVE,        PAUSED)
            .on(PAUSED,    CANCEL,      CANCELLED)

            .on(SUSPENDED, RESUME,      ACTIVE)
            .on(SUSPENDED, MOVE,        SUSPENDED)
            .on(SUSPENDED, CANCEL,      CANCELLED)
            .on(SUSPENDED, END,         ENDED);
            // CANCELLED and ENDED allow nothing.

    public boolean allows(Action action) {
        return TRANSITIONS.allows(this, action);
    }

    /** The state {@code action} leads to; a conflict when this state refuses it. */
    SubscriptionState next(Action action) {
        return TRANSITIONS.next(this, action);
    }

    void require(Action action) {
        next(action);
    }
}

package domain.subscription;

import java.util.UUID;

/** What happens to subscriptions when a date arrives; each runs inside the job that fires on that date. */
public interface DueWork {
    /** A delivery's date has come: it is handed to the partner shop, and the next cycle is written down. */
    void dispatch(UUID deliveryId);

    /** A pause that was set to end on a date ends. */
    void resumeAsPlanned(UUID subscriptionId);

    /** A rental's commitment is over: it ends unless it was renewed meanwhile. */
    void endCommitment(UUID subscriptionId);
}

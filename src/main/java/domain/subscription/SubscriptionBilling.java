package domain.subscription;

import domain.delivery.Delivery;
import java.util.List;
import java.util.UUID;

/** Outbound port: what subscriptions ask of billing when they change, provided by billing on its schedule and jobs. */
public interface SubscriptionBilling {

    /**
     * A delivery whose billing time has already come (a start tomorrow, a reschedule, a resume) is billed
     * by a run due now rather than waiting for the next daily run.
     */
    void billSoonIfDue(Subscription subscription, List<Delivery> written);

    /** A rental's monthly fees start (again) with month {@code month}, at its billing time (or now, when that has passed). */
    void startRentalFees(Subscription rental, int month);

    /** No more monthly fees for this rental (its pending fee jobs are cancelled). */
    void stopRentalFees(UUID rentalId);
}

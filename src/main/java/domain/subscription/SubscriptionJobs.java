package domain.subscription;

import domain.delivery.Delivery;
import domain.scheduling.JobRequest;
import domain.scheduling.JobType;
import domain.shared.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The jobs subscriptions schedule: the dispatch of each delivery on its date, the end of a dated pause,
 * and the end of a rental's commitment. Business dates turn into instants in the Seoul calendar. Each job's
 * handler is offered by its use case ({@link DispatchDelivery}, {@link PauseSubscription}, {@link EndRental}).
 */
public final class SubscriptionJobs {
    public static final JobType DISPATCH = new JobType("delivery.dispatch");
    public static final JobType RESUME = new JobType("subscription.resume");
    public static final JobType RENTAL_END = new JobType("rental.end");

    /** Far longer than a billing batch or a payment takes to commit. */
    private static final java.time.Duration NEAR_DISPATCH = java.time.Duration.ofMinutes(10);

    private final LocalTime dispatchTime;

    /** @param dispatchTime the Seoul time of day at which a delivery is handed to its shop on its date */
    public SubscriptionJobs(LocalTime dispatchTime) {
        this.dispatchTime = dispatchTime;
    }

    JobRequest dispatch(Delivery delivery) {
        return dispatch(delivery.id(), delivery.date());
    }

    public JobRequest dispatch(UUID deliveryId, LocalDate date) {
        return new JobRequest(DISPATCH, deliveryId.toString(), "", dispatchDue(date), dispatchKey(deliveryId));
    }

    /**
     * A second dispatch for a delivery paid close to or after its dispatch time, due then (or now). Its
     * own key: the delivery's usual dispatch job may be running at that moment and find it not yet paid
     * (the charge not committed); dispatching twice is harmless, the second finds it dispatched.
     */
    public JobRequest dispatchLate(UUID deliveryId, LocalDate date, Instant now) {
        Instant due = dispatchDue(date);
        return new JobRequest(DISPATCH, deliveryId.toString(), "", due.isBefore(now) ? now : due, dispatchKey(deliveryId) + ":late");
    }

    /** Whether a delivery dated {@code date} is paid so near its dispatch time (or after it) that it needs {@link #dispatchLate}. */
    public boolean dispatchTimeNear(LocalDate date, Instant now) {
        return dispatchDue(date).isBefore(now.plus(NEAR_DISPATCH));
    }

    Instant dispatchDue(LocalDate date) {
        return at(date, dispatchTime);
    }

    static String dispatchKey(UUID deliveryId) {
        return DISPATCH.name() + ":" + deliveryId;
    }

    static JobRequest resume(Subscription subscription) {
        return new JobRequest(RESUME, subscription.id().toString(), "", at(subscription.pause().until(), LocalTime.MIDNIGHT),
                resumeKey(subscription.id()));
    }

    static String resumeKey(UUID subscriptionId) {
        return RESUME.name() + ":" + subscriptionId;
    }

    static JobRequest rentalEnd(Subscription subscription) {
        return new JobRequest(RENTAL_END, subscription.id().toString(), "",
                rentalEndDue(subscription.commitmentEndsOn()), rentalEndKey(subscription.id()));
    }

    static Instant rentalEndDue(LocalDate commitmentEndsOn) {
        return at(commitmentEndsOn, LocalTime.MIDNIGHT);
    }

    static String rentalEndKey(UUID subscriptionId) {
        return RENTAL_END.name() + ":" + subscriptionId;
    }

    private static Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(BusinessCalendar.SEOUL).toInstant();
    }
}

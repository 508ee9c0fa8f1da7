package domain.billing;

import domain.delivery.Delivery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: deliveries waiting to be charged, and the record of every attempt. */
public interface DueCharges {

    /** Up to {@code limit} SCHEDULED deliveries dated up to the horizon, locked; ones locked elsewhere are skipped. */
    List<DueCharge> lockDue(LocalDate horizon, int limit);

    /** Up to {@code limit} SCHEDULED deliveries dated up to the horizon, as {@link #lockDue} would take them, unlocked. */
    List<DueCharge> due(LocalDate horizon, int limit);

    /** The delivery if its payment is pending, unlocked: to top its wallet up before locking anything. */
    Optional<DueCharge> pending(UUID deliveryId);

    /** The delivery if its payment is pending, locked. */
    Optional<DueCharge> lockPending(UUID deliveryId);

    /**
     * Moves the deliveries of a run to PAID or PAYMENT_PENDING and records the attempts; answers the deliveries as
     * the run left them, in the order of the outcomes.
     */
    List<Delivery> recordRun(List<BillingOutcome> outcomes);

    /** Records one attempt on a pending delivery (its state is changed by the subscription). */
    void recordAttempt(BillingOutcome outcome);

    /** Records one attempt to charge a rental's monthly fee. */
    void recordRentalAttempt(UUID subscriptionId, int month, long amount, BillingOutcome.Result result, String reason,
                             UUID paymentId, java.time.Instant at);
}

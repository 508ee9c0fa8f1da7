package domain.billing;

import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link DueCharges} in memory: each delivery to charge with its state and failed attempts, and every attempt recorded. */
final class InMemoryDueCharges implements DueCharges {

    enum State { SCHEDULED, PAYMENT_PENDING, PAID, CANCELLED_UNPAID }

    record RentalAttempt(UUID subscriptionId, int month, long amount, BillingOutcome.Result result, String reason,
                         UUID paymentId, Instant at) { }

    private final Map<UUID, DueCharge> charges = new LinkedHashMap<>();
    private final Map<UUID, State> states = new LinkedHashMap<>();
    private final Map<UUID, Integer> failed = new LinkedHashMap<>();
    final List<BillingOutcome> attempts = new ArrayList<>();
    final List<RentalAttempt> rentalAttempts = new ArrayList<>();

    void add(DueCharge charge) {
        charges.put(charge.deliveryId(), charge);
        states.put(charge.deliveryId(), State.SCHEDULED);
        failed.put(charge.deliveryId(), charge.failedAttempts());
    }

    State stateOf(UUID deliveryId) {
        return states.get(deliveryId);
    }

    void moveTo(UUID deliveryId, State state) {
        states.put(deliveryId, state);
    }

    List<BillingOutcome> attemptsOf(UUID deliveryId) {
        return attempts.stream().filter(a -> a.charge().deliveryId().equals(deliveryId)).toList();
    }

    @Override
    public List<DueCharge> due(LocalDate horizon, int limit) {
        return lockDue(horizon, limit); // one thread: a lock changes nothing here
    }

    @Override
    public Optional<DueCharge> pending(UUID deliveryId) {
        return lockPending(deliveryId);
    }

    @Override
    public List<DueCharge> lockDue(LocalDate horizon, int limit) {
        return charges.values().stream()
                .filter(c -> states.get(c.deliveryId()) == State.SCHEDULED && !c.date().isAfter(horizon))
                .sorted(Comparator.comparing(DueCharge::date))
                .limit(limit).map(this::current).toList();
    }

    @Override
    public Optional<DueCharge> lockPending(UUID deliveryId) {
        return Optional.ofNullable(charges.get(deliveryId))
                .filter(c -> states.get(deliveryId) == State.PAYMENT_PENDING).map(this::current);
    }

    private DueCharge current(DueCharge c) {
        return new DueCharge(c.deliveryId(), c.subscriptionId(), c.userId(), c.shopId(), c.date(), c.amount(),
                failed.get(c.deliveryId()));
    }

    /** The deliveries as far as billing knows them: its charge's fields and the state the run moved it to. */
    @Override
    public List<Delivery> recordRun(List<BillingOutcome> outcomes) {
        List<Delivery> billed = new ArrayList<>();
        for (BillingOutcome outcome : outcomes) {
            UUID id = outcome.charge().deliveryId();
            switch (outcome.result()) {
                case PAID -> states.put(id, State.PAID);
                case PAYMENT_PENDING -> {
                    states.put(id, State.PAYMENT_PENDING);
                    failed.merge(id, 1, Integer::sum);
                }
                case CANCELLED_UNPAID -> throw new IllegalStateException("a run does not give up on a delivery");
            }
            attempts.add(outcome);
            DueCharge c = outcome.charge();
            billed.add(new Delivery(id, c.subscriptionId(), c.userId(), c.shopId(), null, 0, c.date(), c.date(), 1, null,
                    DeliveryState.valueOf(outcome.result().name()), null, null, null, 1));
        }
        return billed;
    }

    @Override
    public void recordAttempt(BillingOutcome outcome) {
        if (outcome.result() == BillingOutcome.Result.PAYMENT_PENDING) failed.merge(outcome.charge().deliveryId(), 1, Integer::sum);
        attempts.add(outcome);
    }

    @Override
    public void recordRentalAttempt(UUID subscriptionId, int month, long amount, BillingOutcome.Result result, String reason,
                                    UUID paymentId, Instant at) {
        rentalAttempts.add(new RentalAttempt(subscriptionId, month, amount, result, reason, paymentId, at));
    }
}

package simulation;

import domain.billing.BillingOutcome;
import domain.billing.DueCharge;
import domain.billing.DueCharges;
import domain.catalog.Plan;
import domain.catalog.ShopId;
import domain.delivery.Deliveries;
import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import domain.delivery.DeliveryTimeframe;
import domain.delivery.ShopDeliveryFilter;
import domain.delivery.SkipReason;
import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.wallet.ChargeQuote;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Deliveries and what billing reads and writes of them, indexed like the tables: by subscription, and the
 * scheduled ones by date. Like PostgreSQL it refuses a second delivery for a cycle, a stale version, the removal
 * of a delivery no longer open, and a billing run that finds a locked delivery changed.
 */
public final class SimDeliveries implements Deliveries, DueCharges {
    private static final Comparator<Delivery> SOONEST = Comparator.comparing(Delivery::date).thenComparingInt(Delivery::cycleNumber);

    private final SimCatalog plans;
    private final SimSubscriptions subscriptions;
    private final TxMap<UUID, Delivery> byId = TxMap.inserted();
    private final TxMap<UUID, List<UUID>> bySubscription = TxMap.inserted();
    private final TxMap<String, UUID> scheduledByDate = TxMap.sorted();
    /** Each delivery's place in the order deliveries were added: the tie-break between scheduled ones of the same date. */
    private final TxMap<UUID, Long> addedAs = TxMap.inserted();
    private long added; // like a sequence: a rollback does not give its numbers back
    /** Failed attempts per delivery (the count billing reads back). */
    private final TxMap<UUID, Integer> failedAttempts = TxMap.inserted();
    /** Every hand-over to a shop, in order: what the invariants look at after each step. */
    private final TxMap<Integer, UUID> dispatched = TxMap.inserted();
    private final java.util.Set<String> touched;

    /** Deliveries priced as their subscriptions took their plans, for a domain test. */
    public SimDeliveries(SimCatalog plans, SimSubscriptions subscriptions) {
        this(plans, subscriptions, new java.util.HashSet<>());
    }

    SimDeliveries(SimCatalog plans, SimSubscriptions subscriptions, java.util.Set<String> touched) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.touched = touched;
    }

    /** The deliveries handed to their shop since the {@code from}-th hand-over. */
    List<UUID> dispatchedSince(int from) {
        List<UUID> ids = new ArrayList<>();
        for (int i = from; i < dispatched.size(); i++) ids.add(dispatched.get(i));
        return ids;
    }

    int dispatchCount() {
        return dispatched.size();
    }

    /** How many attempts to charge the delivery failed. */
    int failedAttempts(UUID deliveryId) {
        return failedAttempts.get(deliveryId) == null ? 0 : failedAttempts.get(deliveryId);
    }

    // ------------------------------------------------------------------ Deliveries

    @Override
    public void add(Collection<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            if (byId.containsKey(d.id())) throw new IllegalStateException("delivery " + d.id() + " exists already");
            if (ofSubscription(d.subscriptionId()).stream().anyMatch(o -> o.cycleNumber() == d.cycleNumber())) {
                throw new IllegalStateException("deliveries_subscription_id_cycle_number_key: cycle " + d.cycleNumber() + " taken");
            }
            List<UUID> ids = new ArrayList<>(bySubscription.get(d.subscriptionId()) == null ? List.of() : bySubscription.get(d.subscriptionId()));
            ids.add(d.id());
            bySubscription.put(d.subscriptionId(), List.copyOf(ids));
            addedAs.put(d.id(), ++added);
            store(null, d);
        }
    }

    @Override
    public void update(Collection<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            Delivery current = byId.get(d.id());
            if (current == null) throw new IllegalStateException("delivery " + d.id() + " was never added");
            if (current.version() != d.version()) throw new ConcurrentUpdateException("delivery", d.id());
            store(current, withVersion(d, d.version() + 1));
        }
    }

    @Override
    public void remove(Collection<Delivery> deliveries) {
        for (Delivery d : deliveries) {
            Delivery current = byId.get(d.id());
            // Like the adapter, only open ones: one that billing took on meanwhile, or that is gone, is a lost race.
            if (current == null || !current.state().isOpen()) throw new ConcurrentUpdateException("delivery", d.id());
            if (current.state() == DeliveryState.SCHEDULED) scheduledByDate.remove(dateKey(current));
            byId.remove(d.id());
            addedAs.remove(d.id());
            List<UUID> ids = new ArrayList<>(bySubscription.get(d.subscriptionId()));
            ids.remove(d.id());
            bySubscription.put(d.subscriptionId(), List.copyOf(ids));
        }
    }

    @Override
    public Optional<Delivery> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Delivery> aheadOf(UUID subscriptionId, LocalDate from) {
        return ofSubscription(subscriptionId).stream()
                .filter(d -> d.state().isAhead() && (!d.date().isBefore(from) || !d.state().isOpen()))
                .sorted(SOONEST).toList();
    }

    @Override
    public void lock(Collection<Delivery> deliveries) {
        // one thread: nothing to wait for
    }

    @Override
    public int unpaidInARow(UUID subscriptionId) {
        List<Delivery> all = ofSubscription(subscriptionId);
        int lastPaid = all.stream().filter(d -> isPaidOrGone(d.state())).mapToInt(Delivery::cycleNumber).max().orElse(-1);
        return (int) all.stream().filter(d -> d.state() == DeliveryState.CANCELLED && d.skipReason() == SkipReason.UNPAID
                && d.cycleNumber() > lastPaid).count();
    }

    @Override
    public int lastCycleOf(UUID subscriptionId) {
        return ofSubscription(subscriptionId).stream().mapToInt(Delivery::cycleNumber).max().orElse(-1);
    }

    @Override
    public Page<Delivery> ofUser(String userId, UUID subscriptionOrNull, DeliveryTimeframe timeframe, LocalDate today, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    @Override
    public Page<Delivery> ofShop(ShopId shop, ShopDeliveryFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("not used by the simulation");
    }

    /** Every delivery of the subscription, by cycle. */
    public List<Delivery> ofSubscription(UUID subscriptionId) {
        List<UUID> ids = bySubscription.get(subscriptionId);
        if (ids == null) return List.of();
        return ids.stream().map(byId::get).sorted(Comparator.comparingInt(Delivery::cycleNumber)).toList();
    }

    Collection<Delivery> all() {
        return byId.values();
    }

    // ------------------------------------------------------------------ DueCharges

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
        List<DueCharge> due = new ArrayList<>();
        for (UUID id : scheduledByDate.upTo(horizon + "|~")) {
            if (due.size() == limit) break;
            due.add(charge(byId.get(id), 0));
        }
        return due;
    }

    @Override
    public Optional<DueCharge> lockPending(UUID deliveryId) {
        Delivery d = byId.get(deliveryId);
        if (d == null || d.state() != DeliveryState.PAYMENT_PENDING) return Optional.empty();
        return Optional.of(charge(d, failedAttempts.get(deliveryId) == null ? 0 : failedAttempts.get(deliveryId)));
    }

    @Override
    public List<Delivery> recordRun(List<BillingOutcome> outcomes) {
        List<Delivery> billed = new ArrayList<>();
        for (BillingOutcome outcome : outcomes) {
            Delivery d = byId.get(outcome.charge().deliveryId());
            if (d.state() != DeliveryState.SCHEDULED) throw new IllegalStateException("billing: a locked delivery changed under the run");
            DeliveryState state = DeliveryState.valueOf(outcome.result().name());
            Delivery after = new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(), d.originalDate(),
                    d.date(), d.quantity(), d.address(), state, d.skipReason(), d.shipment(), d.deliveredAt(), d.version() + 1);
            store(d, after);
            recordAttempt(outcome);
            billed.add(after);
        }
        return billed;
    }

    @Override
    public void recordAttempt(BillingOutcome outcome) {
        if (outcome.result() != BillingOutcome.Result.PAID) {
            UUID id = outcome.charge().deliveryId();
            failedAttempts.put(id, (failedAttempts.get(id) == null ? 0 : failedAttempts.get(id)) + 1);
        }
    }

    @Override
    public void recordRentalAttempt(UUID subscriptionId, int month, long amount, BillingOutcome.Result result, String reason,
                                    UUID paymentId, Instant at) {
        // the month's outcome is what matters, and RentalMonths holds it
    }

    /** What billing charges for a delivery: the price its subscription took of its plan, times its quantity. */
    long priceOf(Delivery d) {
        return ChargeQuote.amountOf(subscriptions.priceTaken(d.subscriptionId(), d.planId()), d.quantity());
    }

    static boolean isPaidOrGone(DeliveryState state) {
        return state == DeliveryState.PAID || state == DeliveryState.DISPATCHED || state == DeliveryState.SHIPPED
                || state == DeliveryState.DELIVERED;
    }

    private DueCharge charge(Delivery d, int failed) {
        return new DueCharge(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.date(), priceOf(d), failed);
    }

    private void store(Delivery before, Delivery after) {
        touched.add(after.userId());
        if (after.state() == DeliveryState.DISPATCHED && (before == null || before.state() != DeliveryState.DISPATCHED)) {
            dispatched.put(dispatched.size(), after.id());
        }
        if (before != null && before.state() == DeliveryState.SCHEDULED) scheduledByDate.remove(dateKey(before));
        if (after.state() == DeliveryState.SCHEDULED) scheduledByDate.put(dateKey(after), after.id());
        byId.put(after.id(), after);
    }

    /**
     * Sorts by date, then by the order the deliveries were added: not by id, whose random order would make two runs
     * of one seed bill the same day's deliveries in different orders.
     */
    private String dateKey(Delivery d) {
        return d.date() + "|" + String.format("%019d", addedAs.get(d.id()));
    }

    private static Delivery withVersion(Delivery d, long version) {
        return new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(), d.originalDate(),
                d.date(), d.quantity(), d.address(), d.state(), d.skipReason(), d.shipment(), d.deliveredAt(), version);
    }
}

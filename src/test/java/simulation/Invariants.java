package simulation;

import domain.billing.RentalMonth;
import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import domain.delivery.PauseWindow;
import domain.scheduling.Job;
import domain.scheduling.JobState;
import domain.shared.BusinessCalendar;
import domain.subscription.CancellationMode;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionState;
import domain.wallet.Account;
import domain.wallet.JournalEntry;
import domain.wallet.Line;
import domain.wallet.Payment;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of subscriptions, deliveries, billing, rentals and the wallet that must hold after every step of
 * any combination of actions: read this class to learn them. Each returns what it found broken (empty: all
 * well). The simulation checks the users a step touched after that step, and everything once a day.
 */
final class Invariants {
    /** A delivery's charge may come after its date while its retries last (1 + 2 + 3 days), and a job's backoff. */
    static final Duration RETRY_WINDOW = Duration.ofDays(7);

    private final World world;
    /** The days each subscriber skipped, per subscription: a skip is of a day and outlives plan changes. */
    final Map<UUID, Set<LocalDate>> skippedDays = new HashMap<>();

    Invariants(World world) {
        this.world = world;
    }

    /** 1. Money is never created or lost: every entry balances, every wallet equals its lines, none is negative. */
    List<String> ledger() {
        List<String> broken = new ArrayList<>();
        Map<String, Long> fromLines = new HashMap<>();
        for (JournalEntry entry : world.wallets.entries()) {
            long sum = entry.lines().stream().mapToLong(Line::amount).sum();
            if (sum != 0) broken.add("entry " + entry.id() + " (" + entry.kind() + ") does not balance: " + sum);
            for (Line line : entry.lines()) {
                if (line.account().kind() == domain.wallet.AccountKind.WALLET) fromLines.merge(line.account().owner(), line.amount(), Long::sum);
            }
        }
        world.wallets.balances().forEach((user, balance) -> {
            if (balance < 0) broken.add("wallet of " + user + " is negative: " + balance);
            long lines = fromLines.getOrDefault(user, 0L);
            if (balance != lines) broken.add("wallet of " + user + " holds " + balance + " but its lines sum to " + lines);
        });
        return broken;
    }

    /**
     * 2. A subscriber pays exactly for what is owed: the deliveries paid (and not refunded) or handed over, the
     * rental months paid, and the early-termination fees of the cancellations that owed one. Money for a
     * delivery that was cancelled, skipped or fell in a pause has been refunded.
     */
    List<String> charges(String user, Collection<Subscription> subscriptions) {
        long owed = 0;
        for (Subscription s : subscriptions) {
            for (Delivery d : world.deliveries.ofSubscription(s.id())) {
                if (SimDeliveries.isPaidOrGone(d.state())) owed += world.deliveries.priceOf(d);
            }
            for (RentalMonth month : rentalMonths(s)) {
                if (month.outcome() == RentalMonth.Outcome.PAID) owed += month.fee();
            }
            if (s.cancellation() != null && s.cancellation().earlyTerminationFee() != null) {
                owed += s.cancellation().earlyTerminationFee().amount();
            }
        }
        long paid = world.payments.ofUser(user).stream().mapToLong(p -> p.amount() - p.refunded()).sum();
        return paid == owed ? List.of() : List.of(user + " paid " + paid + " KRW net of refunds but owes " + owed);
    }

    /**
     * 3. Nothing reaches a shop while its subscription is paused, suspended, ended or cancelled: a hand-over is
     * for an active subscription, or one cancelled at the end of its cycle up to the day it ends.
     */
    List<String> handedOver(Delivery d, Instant at) {
        Subscription s = world.subscriptions.byId(d.subscriptionId()).orElseThrow();
        LocalDate today = at.atZone(BusinessCalendar.SEOUL).toLocalDate();
        boolean allowed = switch (s.state()) {
            case ACTIVE -> true;
            case PAUSED, SUSPENDED -> !s.pause().covers(d.date()) && !s.pause().covers(today);
            case CANCELLED -> s.cancellation().mode() == CancellationMode.END_OF_CYCLE && !d.date().isAfter(s.cancellation().endsOn());
            case ENDED -> false;
        };
        return allowed ? List.of() : List.of("delivery " + d.id() + " dated " + d.date() + " went to the shop while its subscription is "
                + s.state() + describe(s));
    }

    /** 4. A day the subscriber skipped stays skipped, also through plan changes and pauses. */
    List<String> skips(Subscription s) {
        Set<LocalDate> days = skippedDays.getOrDefault(s.id(), Set.of());
        List<String> broken = new ArrayList<>();
        for (Delivery d : world.deliveries.ofSubscription(s.id())) {
            if (days.contains(d.originalDate()) && d.state() != DeliveryState.SKIPPED && d.state() != DeliveryState.CANCELLED) {
                broken.add("delivery on " + d.originalDate() + ", a day the subscriber skipped, is " + d.state() + describe(s));
            }
        }
        return broken;
    }

    /**
     * 5. Rentals: each month is charged at most once, never while the rental is suspended or after it ended or
     * was cancelled, and every rental has ended (or been renewed, or cancelled) by its commitment's end plus the
     * retry window.
     */
    List<String> rentalFee(Payment payment, Instant at) {
        String reference = payment.reference() == null ? "" : payment.reference();
        if (!reference.startsWith("rental ")) return List.of();
        UUID rental = UUID.fromString(reference.split(" ")[1]);
        Subscription s = world.subscriptions.byId(rental).orElseThrow();
        List<String> broken = new ArrayList<>();
        if (s.state() != SubscriptionState.ACTIVE) broken.add("a rental fee (" + reference + ") charged while the rental is " + s.state());
        long sameMonth = world.payments.ofUser(payment.userId()).stream().filter(p -> reference.equals(p.reference())).count();
        if (sameMonth > 1) broken.add("rental month charged " + sameMonth + " times: " + reference);
        return broken;
    }

    List<String> rentalEnds(Subscription s, LocalDate today) {
        if (!s.isRental() || (s.state() != SubscriptionState.ACTIVE && s.state() != SubscriptionState.SUSPENDED)) return List.of();
        if (!today.isAfter(s.commitmentEndsOn().plusDays(RETRY_WINDOW.toDays()))) return List.of();
        return List.of("rental still " + s.state() + " on " + today + ", its commitment ended " + s.commitmentEndsOn() + describe(s));
    }

    /**
     * 6. Every delivery is in a state its subscription allows (and, 9, goes to its current address): a cancelled one keeps only deliveries paid for an
     * end-of-cycle cancellation; an ended one has nothing ahead; a paused or suspended one has nothing scheduled,
     * being paid or paid inside the pause.
     */
    List<String> deliveryStates(Subscription s, LocalDate today) {
        List<String> broken = new ArrayList<>();
        for (Delivery d : world.deliveries.ofSubscription(s.id())) {
            DeliveryState state = d.state();
            boolean charging = state == DeliveryState.SCHEDULED || state == DeliveryState.PAYMENT_PENDING;
            boolean ok = switch (s.state()) {
                case ACTIVE -> true;
                case CANCELLED -> !charging && (state != DeliveryState.PAID
                        || (s.cancellation().mode() == CancellationMode.END_OF_CYCLE && !d.date().isAfter(s.cancellation().endsOn())));
                case ENDED -> !charging && state != DeliveryState.PAID;
                case PAUSED, SUSPENDED -> !((charging || state == DeliveryState.PAID) && s.pause().covers(d.date()));
            };
            if (!ok) broken.add("delivery " + d.cycleNumber() + " on " + d.date() + " is " + state + " while its subscription is "
                    + s.state() + describe(s));
            // 9. A delivery not handed to the shop yet goes to the subscription's current address.
            boolean stillToGo = state.isAhead() && (!d.date().isBefore(today) || !state.isOpen());
            if (stillToGo && s.state() != SubscriptionState.CANCELLED && !d.address().equals(s.address())) {
                broken.add("delivery " + d.cycleNumber() + " on " + d.date() + " goes to an old address" + describe(s));
            }
        }
        return broken;
    }

    /** 7. Nothing is billed before its billing time, nor after its date's dispatch time and the retry window. */
    List<String> billingTime(Payment payment, Instant at) {
        if (payment.deliveryId() == null) return List.of();
        Delivery d = world.deliveries.byId(payment.deliveryId()).orElseThrow();
        Instant earliest = World.BILLING.billsAt(d.date());
        Instant latest = d.date().atTime(World.DISPATCH_TIME).atZone(BusinessCalendar.SEOUL).toInstant().plus(RETRY_WINDOW);
        if (at.isBefore(earliest)) return List.of("delivery dated " + d.date() + " charged at " + at + ", before its billing time " + earliest);
        if (at.isAfter(latest)) return List.of("delivery dated " + d.date() + " charged at " + at + ", after its retry window");
        return List.of();
    }

    /** 8. No job is parked: a parked job is work nobody does until someone looks (money left PENDING, a rental never ended). */
    List<String> jobs() {
        List<String> broken = new ArrayList<>();
        for (Job job : world.jobs.all()) {
            if (job.state() == JobState.PARKED) broken.add("job " + job.type() + " " + job.subjectId() + " parked: " + job.lastError());
        }
        return broken;
    }

    private List<RentalMonth> rentalMonths(Subscription s) {
        return s.isRental() ? world.rentalMonths.ofRental(s.id()) : List.of();
    }

    private static String describe(Subscription s) {
        PauseWindow pause = s.pause();
        return " (subscription " + s.id() + ", " + s.kind() + (pause == null ? "" : ", pause " + pause.from() + ".." + pause.until())
                + (s.cancellation() == null ? "" : ", cancelled " + s.cancellation().mode() + " ending " + s.cancellation().endsOn()) + ")";
    }

}

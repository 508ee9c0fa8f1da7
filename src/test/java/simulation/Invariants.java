package simulation;

import domain.billing.RentalMonth;
import domain.delivery.Delivery;
import domain.delivery.DeliveryEvent;
import domain.delivery.DeliveryState;
import domain.delivery.PauseWindow;
import domain.scheduling.Job;
import domain.scheduling.JobState;
import domain.shared.BusinessCalendar;
import domain.shared.DomainEvent;
import domain.subscription.CancellationMode;
import domain.subscription.Subscription;
import domain.subscription.SubscriptionEvent;
import domain.subscription.SubscriptionState;
import domain.wallet.Account;
import domain.wallet.JournalEntry;
import domain.wallet.Line;
import domain.wallet.Payment;
import domain.wallet.TopUp;
import domain.wallet.WalletEvent;
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
 * The rules of subscriptions, deliveries, billing, rentals, the wallet and the events that tell of them, which must
 * hold after every step of any combination of actions: read this class to learn them. Each returns what it found broken (empty: all
 * well). The simulation checks the users a step touched after that step, and everything once a day.
 */
final class Invariants {
    /** A delivery's charge may come after its date while its retries last (1 + 2 + 3 days), and a job's backoff. */
    static final Duration RETRY_WINDOW = Duration.ofDays(7);

    private final World world;
    /** What the events told so far, taken after each step. */
    final EventHistory events = new EventHistory();
    /** The days each subscriber skipped, per subscription: a skip is of a day and outlives plan changes. */
    final Map<UUID, Set<LocalDate>> skippedDays = new HashMap<>();

    /** The price each subscription took of each plan ("subscription plan"), as the actions saw the plan then. */
    final Map<String, Long> pricesTaken = new HashMap<>();

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
        List<String> broken = new ArrayList<>();
        for (Subscription s : subscriptions) {
            for (Delivery d : world.deliveries.ofSubscription(s.id())) {
                Long price = pricesTaken.get(d.subscriptionId() + " " + d.planId());
                if (price == null) {
                    broken.add("delivery " + d.id() + " is of plan " + d.planId() + ", which its subscription never took");
                } else if (SimDeliveries.isPaidOrGone(d.state())) {
                    owed += domain.wallet.ChargeQuote.amountOf(price, d.quantity());
                }
            }
            for (RentalMonth month : rentalMonths(s)) {
                if (month.outcome() != RentalMonth.Outcome.PAID) continue;
                owed += month.fee();
                long price = pricesTaken.getOrDefault(s.id() + " " + s.planId(), -1L);
                if (month.fee() != domain.wallet.ChargeQuote.amountOf(Math.max(0, price), s.quantity())) {
                    broken.add("rental " + s.id() + " month " + month.month() + " charged " + month.fee() + ", not the price it took ("
                            + price + ") × " + s.quantity());
                }
            }
            if (s.cancellation() != null && s.cancellation().earlyTerminationFee() != null) {
                owed += s.cancellation().earlyTerminationFee().amount();
            }
        }
        long paid = world.payments.ofUser(user).stream().mapToLong(p -> p.amount() - p.refunded()).sum();
        if (paid != owed) broken.add(user + " paid " + paid + " KRW net of refunds but owes " + owed);
        return broken;
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

    /**
     * 10. Every delivery was told of: its history starts with delivery.scheduled, and the last event about it shows
     * it in its state and on its date, but for what a later event of its subscription tells (a pause or suspension
     * skipping it, a resume bringing it back). Each failed attempt to charge it was told (delivery.payment_failed),
     * its payment once (delivery.paid) and its refund once (delivery.refunded). One that a plan change removed was
     * last told cancelled.
     */
    List<String> deliveryEvents(Subscription s) {
        List<String> broken = new ArrayList<>();
        for (Delivery d : world.deliveries.ofSubscription(s.id())) {
            EventHistory.Told last = events.lastOfDelivery(d.id());
            if (last == null) {
                broken.add("delivery " + d.cycleNumber() + " on " + d.date() + " (" + d.state() + ") was never told of" + describe(s));
                continue;
            }
            Payment payment = world.payments.ofDelivery(d.id()).orElse(null);
            int paid = SimDeliveries.isPaidOrGone(d.state()) || payment != null ? 1 : 0;
            int refunded = payment != null && payment.refunded() > 0 ? 1 : 0;
            int failed = world.deliveries.failedAttempts(d.id());
            if (events.toldOfDelivery(d.id(), "delivery.paid") != paid
                    || events.toldOfDelivery(d.id(), "delivery.refunded") != refunded
                    || events.toldOfDelivery(d.id(), "delivery.payment_failed") != failed) {
                broken.add("delivery " + d.cycleNumber() + " (" + d.state() + ", " + failed + " failed attempts) was told paid "
                        + events.toldOfDelivery(d.id(), "delivery.paid") + ", refunded " + events.toldOfDelivery(d.id(), "delivery.refunded")
                        + " and payment_failed " + events.toldOfDelivery(d.id(), "delivery.payment_failed") + " times" + describe(s));
            }
            Delivery told = last.delivery();
            if (told.state() == d.state() && told.date().equals(d.date())) continue;
            boolean pausedOver = d.state() == DeliveryState.SKIPPED && d.skipReason() == domain.delivery.SkipReason.PAUSED
                    && events.subscriptionToldAfter(s.id(), last.number(), "subscription.paused", "subscription.suspended");
            boolean resumed = d.state() == DeliveryState.SCHEDULED
                    && events.subscriptionToldAfter(s.id(), last.number(), "subscription.resumed");
            if (!pausedOver && !resumed) {
                broken.add("delivery " + d.cycleNumber() + " is " + d.state() + " on " + d.date() + " but was last told "
                        + told.state() + " on " + told.date() + " by " + last.type() + describe(s));
            }
        }
        for (UUID id : events.deliveriesOf(s.id())) {
            EventHistory.Told last = events.lastOfDelivery(id);
            if (world.deliveries.byId(id).isEmpty() && !last.type().equals("delivery.cancelled")) {
                broken.add("delivery " + id + " is gone but was last told " + last.type() + describe(s));
            }
        }
        return broken;
    }

    /** 11. Every subscription's last event shows it as it is (but for the version its row is at). */
    List<String> subscriptionEvents(Subscription s) {
        Subscription told = events.lastOfSubscription(s.id());
        if (told == null) return List.of("subscription " + s.id() + " was never told of" + describe(s));
        if (withoutVersion(told).equals(withoutVersion(s))) return List.of();
        return List.of("subscription is " + s.state() + " but was last told " + told.state() + ": " + told + describe(s));
    }

    /**
     * 12. Every event tells of something that is stored (so a rolled-back change told nothing): its subscription, its
     * delivery (or, for one a plan change removed, the cancellation last told), its payment or refund, its top-up
     * settled as the event says; and each subject's history is in order (see {@link EventHistory}).
     */
    List<String> told(List<DomainEvent> step) {
        List<String> broken = new ArrayList<>(events.outOfOrder());
        for (DomainEvent event : step) {
            boolean stored;
            if (event instanceof SubscriptionEvent.Changed e) {
                stored = world.subscriptions.byId(e.subscriptionId()).isPresent();
            } else if (event instanceof DeliveryEvent || event instanceof SubscriptionEvent.DeliveryChanged) {
                Delivery d = (Delivery) event.resource();
                stored = world.deliveries.byId(d.id()).isPresent() || events.lastOfDelivery(d.id()).type().equals("delivery.cancelled");
            } else if (event instanceof WalletEvent.PaymentSucceeded e) {
                stored = world.payments.byId(e.payment().id()).isPresent();
            } else if (event instanceof WalletEvent.RefundCreated e) {
                stored = world.payments.refunds().stream().anyMatch(r -> r.id().equals(e.refund().id()));
            } else {
                TopUp told = (TopUp) event.resource();
                TopUp topUp = world.topUpStore.find(told.id()).orElse(null);
                stored = topUp != null && topUp.status() == told.status() && topUp.automatic() == told.automatic();
            }
            if (!stored) broken.add(event.type() + " of " + event.subject() + " tells of nothing stored: " + event.resource());
        }
        return broken;
    }

    /**
     * 13. Every payment and refund was told of exactly once; every settled top-up exactly once, as topup.auto_made
     * (automatic and succeeded), topup.succeeded or topup.declined; a pending one not yet.
     */
    List<String> walletEvents(Collection<Payment> payments) {
        List<String> broken = new ArrayList<>();
        for (Payment payment : payments) {
            int told = events.paymentsTold(payment.id());
            if (told != 1) broken.add("payment " + payment.id() + " (" + payment.reference() + ") told of " + told + " times");
        }
        return broken;
    }

    List<String> walletEvents() {
        List<String> broken = walletEvents(world.payments.all());
        for (domain.wallet.Refund refund : world.payments.refunds()) {
            int told = events.refundsTold(refund.id());
            if (told != 1) broken.add("refund " + refund.id() + " told of " + told + " times");
        }
        for (TopUp topUp : world.topUpStore.all()) {
            List<String> expected = switch (topUp.status()) {
                case PENDING -> List.of();
                case DECLINED -> List.of("topup.declined");
                case SUCCEEDED -> List.of(topUp.automatic() ? "topup.auto_made" : "topup.succeeded");
            };
            if (!events.topUpTold(topUp.id()).equals(expected)) {
                broken.add(topUp.status() + " top-up " + topUp.id() + " told of as " + events.topUpTold(topUp.id()));
            }
        }
        return broken;
    }

    /**
     * 14. A step that failed (refused, or crashed half-way) and was rolled back told nothing, but for the automatic
     * top-ups it settled in transactions of their own before it failed.
     */
    List<String> rolledBack(long firstOfStep) {
        List<String> broken = new ArrayList<>();
        for (DomainEvent event : world.events.from(firstOfStep)) {
            if (!(event.resource() instanceof TopUp topUp && topUp.automatic())) {
                broken.add("a rolled-back step told " + event.type() + " of " + event.subject());
            }
        }
        return broken;
    }

    /**
     * 15. A payment made for a subscription names it, so that a consumer can put it in the subscription's history: a
     * delivery's payment names that delivery's subscription, a rental's month and an early-termination fee their
     * subscription, a payment made directly none; a refund names its payment's. Checked on what the events told.
     */
    List<String> paymentsNameTheirSubscription(List<DomainEvent> step) {
        List<String> broken = new ArrayList<>();
        for (DomainEvent event : step) {
            Payment payment;
            UUID named;
            if (event instanceof WalletEvent.PaymentSucceeded e) {
                payment = e.payment();
                named = payment.subscriptionId();
            } else if (event instanceof WalletEvent.RefundCreated e) {
                payment = world.payments.byId(e.refund().paymentId()).orElse(null);
                named = e.refund().subscriptionId();
                if (payment == null) continue; // told of nothing stored: see 12
            } else {
                continue;
            }
            UUID paidFor = subscriptionPaidFor(payment);
            if (!java.util.Objects.equals(named, paidFor)) {
                broken.add(event.type() + " of payment " + payment.id() + " (" + payment.reference() + ") names subscription " + named
                        + " instead of " + paidFor);
            }
        }
        return broken;
    }

    /** The subscription a payment paid for, found from its delivery or, without one, from its reference. */
    private UUID subscriptionPaidFor(Payment payment) {
        if (payment.deliveryId() != null) {
            return world.deliveries.byId(payment.deliveryId()).map(Delivery::subscriptionId)
                    .orElseGet(() -> events.lastOfDelivery(payment.deliveryId()).delivery().subscriptionId());
        }
        String reference = payment.reference() == null ? "" : payment.reference();
        if (reference.startsWith("rental ")) return UUID.fromString(reference.split(" ")[1]);
        String earlyTermination = "early termination of subscription ";
        if (reference.startsWith(earlyTermination)) return UUID.fromString(reference.substring(earlyTermination.length()));
        return null;
    }

    private static Subscription withoutVersion(Subscription s) {
        return new Subscription(s.id(), s.userId(), s.shopId(), s.planId(), s.kind(), s.quantity(), s.address(), s.startDate(),
                s.state(), s.scheduleAnchor(), s.anchorCycle(), s.pause(), s.commitmentEndsOn(), s.cancellation(), s.createdAt(), 0);
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

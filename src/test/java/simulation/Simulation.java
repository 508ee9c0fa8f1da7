package simulation;

import domain.catalog.DeliveryCycle;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.PlanStatus;
import domain.catalog.RentalTerms;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.delivery.DeliveryState;
import domain.delivery.SkipReason;
import domain.scheduling.Job;
import domain.shared.BusinessCalendar;
import domain.shared.DomainEvent;
import domain.shared.DomainException;
import domain.shared.Money;
import domain.subscription.CancellationMode;
import domain.subscription.SubscribeUseCase.Subscribe;
import domain.subscription.Subscription;
import domain.wallet.Commission;
import domain.wallet.FundingKind;
import domain.wallet.FundingSource;
import domain.wallet.Payment;
import domain.wallet.PaymentGateway.GatewayTimeoutException;
import domain.wallet.SettlingUnfinishedException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A deterministic simulated year of gudok: subscribers doing random things at random times over the real
 * domain services, the scheduler's jobs firing as the clock passes them, a gateway that declines, times out
 * and loses answers, and crashes half-way through use cases and jobs (rolled back, and retried as the job
 * runner would). After every step the {@link Invariants} are checked for the users it touched, and all of them
 * once a day. The actions are drawn from the seed up front, so a run is replayed from its seed, and a failing
 * run is shrunk to a shorter sequence of actions that still breaks a rule.
 */
public final class Simulation {

    /** What to simulate: how many subscriptions and actions over how many days, and how often things fail. */
    public record Settings(long seed, int subscriptions, int actions, int days, double declines, double lostAnswers,
                           double neverArrives, double crashes) {
        public static Settings of(long seed, int subscriptions, int actions) {
            return new Settings(seed, subscriptions, actions, 365, 0.05, 0.02, 0.01, 0.02);
        }
    }

    /** One thing a subscriber does; {@code pick}, {@code a} and {@code b} choose among what there is to act on. */
    record Action(long atMillis, Kind kind, int user, int pick, double a, double b) {
        String describe(Instant start) {
            ZonedDateTime at = start.plusMillis(atMillis).atZone(BusinessCalendar.SEOUL);
            return String.format("%s %s user-%d %s pick=%d a=%.3f b=%.3f", at.toLocalDate(), at.toLocalTime().withNano(0), user,
                    kind, pick, a, b);
        }
    }

    enum Kind { SUBSCRIBE, PAUSE, PAUSE_OPEN_ENDED, RESUME, SKIP, UNSKIP, RESCHEDULE, CHANGE_PLAN, CHANGE_QUANTITY, MOVE, CANCEL,
        RENEW, TOP_UP, AUTO_TOP_UP, PAY_NOW,
        /** A shop changes a plan's price (for new subscriptions only); {@code user} is unused. */
        CHANGE_PRICE }

    /**
     * How a run went: the first rule broken (if any) and what it did, step by step ({@code journal}: each action and
     * job, how it ended and whom it touched), and what the stores held at the end ({@code finalState}, see
     * {@link World#snapshot}).
     */
    public record Outcome(List<String> violations, int failedAction, int actionsRun, int refused, int crashes, long jobsRun,
                          long checks, Duration took, List<String> journal, List<String> finalState) {
        public boolean passed() {
            return violations.isEmpty();
        }

        /** A digest of everything but the time taken: equal for two runs of one seed, and (but for a collision) only then. */
        public String fingerprint() {
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                List<String> counts = List.of(String.valueOf(violations), String.valueOf(failedAction), String.valueOf(actionsRun),
                        String.valueOf(refused), String.valueOf(crashes), String.valueOf(jobsRun), String.valueOf(checks));
                for (List<String> part : List.of(counts, journal, finalState)) {
                    for (String line : part) digest.update((line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
                return java.util.HexFormat.of().formatHex(digest.digest(), 0, 8);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static final Instant START = LocalDate.of(2025, 1, 1).atStartOfDay(BusinessCalendar.SEOUL).toInstant();
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");

    private Simulation() {
    }

    /** The actions of a run: subscribing mostly early in the year, everything else at any time. */
    static List<Action> actions(Settings settings) {
        Random random = new Random(settings.seed());
        int users = users(settings);
        long year = Duration.ofDays(settings.days()).toMillis();
        List<Action> actions = new ArrayList<>();
        int subscribes = Math.min(settings.subscriptions(), settings.actions());
        // About half the subscriptions are cancelled in the year, however many actions each one sees: otherwise a
        // long run cancels nearly everything in its first weeks and simulates little of the year.
        double cancelWeight = Math.min(0.04, 0.5 * subscribes / Math.max(1.0, settings.actions() - subscribes));
        for (int i = 0; i < settings.actions(); i++) {
            Kind kind;
            long at;
            if (i < subscribes) {
                kind = Kind.SUBSCRIBE;
                at = (long) (Math.pow(random.nextDouble(), 2) * year * 0.8); // more early than late
            } else {
                kind = pickOther(random, cancelWeight);
                at = (long) (random.nextDouble() * year);
            }
            actions.add(new Action(at, kind, random.nextInt(users), random.nextInt(1_000), random.nextDouble(), random.nextDouble()));
        }
        actions.sort(Comparator.comparingLong(Action::atMillis));
        return actions;
    }

    private static Kind pickOther(Random random, double cancelWeight) {
        Kind[] kinds = {Kind.PAUSE, Kind.PAUSE_OPEN_ENDED, Kind.RESUME, Kind.SKIP, Kind.UNSKIP, Kind.RESCHEDULE, Kind.CHANGE_PLAN,
                Kind.CHANGE_QUANTITY, Kind.MOVE, Kind.CANCEL, Kind.RENEW, Kind.TOP_UP, Kind.AUTO_TOP_UP, Kind.PAY_NOW, Kind.CHANGE_PRICE};
        double[] weights = {0.09, 0.04, 0.11, 0.13, 0.04, 0.07, 0.07, 0.06, 0.03, cancelWeight, 0.04, 0.14, 0.04, 0.10, 0.02};
        double total = java.util.Arrays.stream(weights).sum();
        double r = random.nextDouble() * total;
        double sum = 0;
        for (int i = 0; i < kinds.length; i++) {
            sum += weights[i];
            if (r < sum) return kinds[i];
        }
        return Kind.TOP_UP;
    }

    static int users(Settings settings) {
        return Math.max(1, settings.subscriptions() * 2 / 3);
    }

    /** Runs the actions (and every job they lead to) until the year ends or a rule breaks. */
    static Outcome run(Settings settings, List<Action> actions) {
        return new Run(settings, actions).go();
    }

    /**
     * A shorter list of actions that still breaks a rule: whole chunks removed while it does, then single actions.
     * It stops after replaying {@code budget} actions in all, not after some time: the same failure shrinks to the
     * same list on any machine.
     */
    static List<Action> shrink(Settings settings, List<Action> failing, long budget) {
        long left = budget;
        List<Action> current = new ArrayList<>(failing);
        int chunks = 2;
        while (current.size() > 1 && left > 0) {
            int size = (int) Math.ceil(current.size() / (double) chunks);
            boolean removed = false;
            for (int from = 0; from < current.size() && left > 0; from += size) {
                List<Action> candidate = new ArrayList<>(current.subList(0, from));
                candidate.addAll(current.subList(Math.min(current.size(), from + size), current.size()));
                if (candidate.isEmpty()) continue;
                Outcome outcome = run(settings, candidate);
                left -= Math.max(1, outcome.actionsRun());
                if (!outcome.passed()) {
                    current = candidate.subList(0, Math.min(candidate.size(), outcome.failedAction() + 1));
                    current = new ArrayList<>(current);
                    removed = true;
                    break;
                }
            }
            if (!removed) {
                if (size == 1) break;
                chunks = Math.min(current.size(), chunks * 2);
            } else {
                chunks = Math.max(2, chunks - 1);
            }
        }
        return current;
    }

    /** One run over a fresh world. */
    private static final class Run {
        private final Settings settings;
        private final List<Action> actions;
        private final Random chance;
        private final World world;
        private final Invariants rules;
        private final List<Plan> plans = new ArrayList<>();
        private final Map<Integer, List<UUID>> subscriptionsOfUser = new HashMap<>();
        private final Map<Integer, UUID> cardOfUser = new HashMap<>();
        private final List<String> violations = new ArrayList<>();
        private boolean crashArmed;
        private int refused;
        private int crashes;
        private long jobsRun;
        private long checks;
        private final List<String> journal = new ArrayList<>();
        /** How the step under way ended: set by {@link #attempt} and {@link #runJob}. */
        private String ending;
        private int paymentsSeen;
        private int dispatchesSeen;

        Run(Settings settings, List<Action> actions) {
            this.settings = settings;
            this.actions = actions;
            this.chance = new Random(settings.seed() * 31 + 7);
            this.world = new World(START, new Random(settings.seed() * 17 + 3), settings);
            this.rules = new Invariants(world);
            Tx.beforeWrite = () -> {
                if (crashArmed && chance.nextDouble() < 0.15) throw new SimulatedCrash();
            };
        }

        Outcome go() {
            long started = System.nanoTime();
            int failedAction = -1;
            int run = 0;
            try {
                setUp();
                LocalDate checkedDay = world.calendar.today();
                for (int i = 0; i < actions.size() && violations.isEmpty(); i++) {
                    Action action = actions.get(i);
                    Instant at = START.plusMillis(action.atMillis());
                    runJobsUntil(at);
                    if (!violations.isEmpty()) {
                        failedAction = Math.max(0, i - 1);
                        break;
                    }
                    if (!world.calendar.today().equals(checkedDay)) {
                        checkEverything();
                        checkedDay = world.calendar.today();
                    }
                    world.clock.set(max(world.clock.instant(), at));
                    ending = "nothing to act on";
                    act(action);
                    Set<String> touched = afterStep(action.user());
                    journal.add(i + " " + action.kind() + " user-" + action.user() + ": " + ending + " " + touched);
                    run++;
                    if (!violations.isEmpty()) failedAction = i;
                }
                if (violations.isEmpty()) {
                    runJobsUntil(START.plus(Duration.ofDays(settings.days())));
                    checkEverything();
                    if (!violations.isEmpty()) failedAction = actions.size() - 1;
                }
            } finally {
                Tx.beforeWrite = () -> { };
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new Outcome(List.copyOf(violations), failedAction, run, refused, crashes, jobsRun, checks, took,
                    List.copyOf(journal), world.snapshot());
        }

        private void setUp() {
            int[] days = {31, 29, 30};
            for (int shopIndex = 0; shopIndex < 3; shopIndex++) {
                ShopId shop = new ShopId(new UUID(0, shopIndex + 1));
                world.wallets.set(shop, new Commission(1_000));
                plans.add(regular(shop, new DeliveryCycle.Weekly(1, DayOfWeek.of(1 + shopIndex)), 9_900));
                plans.add(regular(shop, new DeliveryCycle.Weekly(2, DayOfWeek.of(4 + shopIndex)), 15_000));
                plans.add(regular(shop, new DeliveryCycle.Monthly(days[shopIndex]), 30_000));
                plans.add(regular(shop, new DeliveryCycle.Monthly(15), 12_000));
                plans.add(rental(shop, 2 + shopIndex));
            }
            for (Plan plan : plans) world.plans.add(plan);
            for (int user = 0; user < users(settings); user++) {
                String id = userId(user);
                FundingSource card = world.fundingSources.link(id, FundingKind.CARD, "4242424242424242");
                cardOfUser.put(user, card.id());
                long amount = 10_000L * chance.nextInt(15);
                if (amount > 0) attempt(() -> world.topUps.topUp(id, card.id(), amount, null));
            }
            world.billing.ensureDailyRun();
        }

        private Plan regular(ShopId shop, DeliveryCycle cycle, long price) {
            return new Plan(UUID.randomUUID(), shop, UUID.randomUUID(), "regular", PlanKind.REGULAR_DELIVERY, Money.won(price), cycle,
                    null, PlanStatus.ACTIVE, START);
        }

        private Plan rental(ShopId shop, int months) {
            return new Plan(UUID.randomUUID(), shop, UUID.randomUUID(), "rental", PlanKind.RENTAL, null, null,
                    new RentalTerms(Money.won(29_900), months, Money.won(50_000)), PlanStatus.ACTIVE, START);
        }

        private static String userId(int user) {
            return "user-" + user;
        }

        // ---------------------------------------------------------------- the scheduler's side

        /** Runs every job due by {@code until}, each at its due time, in due order, as the consumers would. */
        private void runJobsUntil(Instant until) {
            while (violations.isEmpty()) {
                Job job = world.jobs.nextDueBy(until).orElse(null);
                if (job == null) return;
                world.clock.set(max(world.clock.instant(), job.dueAt()));
                runJob(job);
                Set<String> touched = afterStep(-1);
                journal.add("job " + job.type() + " due " + job.dueAt() + " try " + job.generation() + " at " + world.clock.instant()
                        + ": " + ending + " " + touched);
            }
        }

        private void runJob(Job job) {
            jobsRun++;
            crashArmed = chance.nextDouble() < settings.crashes();
            long firstEvent = world.events.next();
            try {
                Tx.run(() -> world.runner.run(job.id(), job.generation()));
                ending = "done";
            } catch (RuntimeException failed) {
                violations.addAll(rules.rolledBack(firstEvent));
                ending = failed instanceof SimulatedCrash ? "crashed" : "failed " + failed.getClass().getSimpleName();
                if (failed instanceof SimulatedCrash) crashes++;
                else if (!expectedJobFailure(failed)) violations.add("job " + job.type() + " " + job.subjectId() + " failed: " + trace(failed));
                crashArmed = false;
                Tx.run(() -> world.runner.recordFailure(job.id(), job.generation(), String.valueOf(failed.getMessage())));
            } finally {
                crashArmed = false;
            }
        }

        /** Failures the job runner is there for: a lost race, a gateway that has not answered yet. */
        private static boolean expectedJobFailure(RuntimeException e) {
            return e instanceof domain.shared.ConcurrentUpdateException || e instanceof GatewayTimeoutException
                    || (e instanceof IllegalStateException && String.valueOf(e.getMessage()).contains("still has no outcome"));
        }

        // ---------------------------------------------------------------- the subscribers' side

        private void act(Action action) {
            String user = userId(action.user());
            List<UUID> mine = subscriptionsOfUser.getOrDefault(action.user(), List.of());
            UUID subscription = mine.isEmpty() ? null : mine.get(action.pick() % mine.size());
            LocalDate today = world.calendar.today();
            crashArmed = chance.nextDouble() < settings.crashes();
            try {
                switch (action.kind()) {
                    case SUBSCRIBE -> {
                        Plan plan = plans.get(action.pick() % plans.size());
                        Subscription created = attempt(() -> world.subscribe.subscribe(user, new Subscribe(plan.id(),
                                1 + (int) (action.b() * 3), ADDRESS, today.plusDays((int) (action.a() * 20)))));
                        if (created != null) {
                            subscriptionsOfUser.computeIfAbsent(action.user(), u -> new ArrayList<>()).add(created.id());
                            rules.pricesTaken.put(created.id() + " " + plan.id(), plan.price());
                        }
                    }
                    case PAUSE -> ifAny(subscription, () -> world.pause.pause(user, subscription, today.plusDays(1 + (int) (action.a() * 40))));
                    case PAUSE_OPEN_ENDED -> ifAny(subscription, () -> world.pause.pause(user, subscription, null));
                    case RESUME -> ifAny(subscription, () -> world.pause.resume(user, subscription));
                    case SKIP -> ifAny(subscription, () -> {
                        Delivery target = action.a() < 0.5 ? null : upcoming(subscription, today, action.b());
                        Subscription result = world.skip.skip(user, subscription, target == null ? null : target.id());
                        rememberSkips(subscription);
                        return result;
                    });
                    case UNSKIP -> ifAny(subscription, () -> {
                        List<Delivery> skipped = world.deliveries.ofSubscription(subscription).stream()
                                .filter(d -> d.state() == DeliveryState.SKIPPED && d.skipReason() == SkipReason.SUBSCRIBER
                                        && !d.date().isBefore(today)).toList();
                        if (skipped.isEmpty()) return null;
                        Delivery target = skipped.get((int) (action.a() * skipped.size()));
                        Subscription result = world.unskip.unskip(user, subscription, target.id());
                        Set<LocalDate> days = rules.skippedDays.get(subscription);
                        if (days != null) {
                            days.remove(target.date());
                            days.remove(target.originalDate());
                        }
                        return result;
                    });
                    case MOVE -> ifAny(subscription, () -> world.move.changeAddress(user, subscription,
                            new domain.subscription.SubscribeUseCase.Subscribe.AddressFields("Kim " + action.pick() % 3, "010-1234-5678",
                                    "Seoul " + action.pick() % 5, null, "0452" + action.pick() % 10)));
                    case RESCHEDULE -> ifAny(subscription, () -> {
                        Delivery target = upcoming(subscription, today, action.b());
                        if (target == null) return null;
                        int shift = (int) Math.round((action.a() - 0.5) * 10);
                        return world.reschedule.reschedule(user, subscription, target.id(), target.date().plusDays(shift == 0 ? 1 : shift));
                    });
                    case CHANGE_PLAN -> ifAny(subscription, () -> {
                        Subscription s = world.subscriptions.byId(subscription).orElseThrow();
                        List<Plan> others = plans.stream().filter(p -> p.shopId().equals(s.shopId()) && p.kind() == s.kind()
                                && !p.id().equals(s.planId())).toList();
                        if (others.isEmpty()) return null;
                        Plan target = others.get(action.pick() % others.size());
                        Subscription changed = world.change.change(user, subscription, target.id(), null);
                        rules.pricesTaken.putIfAbsent(subscription + " " + target.id(), target.price());
                        return changed;
                    });
                    case CHANGE_QUANTITY -> ifAny(subscription, () -> world.change.change(user, subscription, null, 1 + (int) (action.a() * 5)));
                    case CANCEL -> ifAny(subscription, () -> world.cancel.cancel(user, subscription,
                            action.a() < 0.5 ? CancellationMode.IMMEDIATE : CancellationMode.END_OF_CYCLE));
                    case RENEW -> ifAny(subscription, () -> world.renew.renew(user, subscription));
                    case TOP_UP -> attempt(() -> world.topUps.topUp(user, cardOfUser.get(action.user()), 10_000L * (1 + (int) (action.a() * 10)),
                            action.b() < 0.2 ? "key-" + action.pick() : null));
                    case AUTO_TOP_UP -> attempt(() -> {
                        world.walletSettings.setAutoTopUp(user, action.a() < 0.6 ? 10_000L * (1 + (int) (action.b() * 5)) : null);
                        return null;
                    });
                    case CHANGE_PRICE -> {
                        int index = action.pick() % plans.size();
                        Plan plan = plans.get(index);
                        if (plan.isActive()) {
                            Plan changed = plan.change(plan.name(), domain.shared.Money.won(1_000L * (1 + (int) (action.a() * 30))));
                            world.plans.update(changed);
                            plans.set(index, changed);
                        }
                    }
                    case PAY_NOW -> ifAny(subscription, () -> {
                        Delivery pending = world.deliveries.ofSubscription(subscription).stream()
                                .filter(d -> d.state() == DeliveryState.PAYMENT_PENDING).findFirst().orElse(null);
                        if (pending == null) return null;
                        world.billing.payNow(user, pending.id());
                        return null;
                    });
                }
            } finally {
                crashArmed = false;
            }
        }

        private void ifAny(UUID subscription, Supplier<Object> work) {
            if (subscription != null) attempt(work);
        }

        private Delivery upcoming(UUID subscription, LocalDate today, double which) {
            List<Delivery> scheduled = world.deliveries.aheadOf(subscription, today).stream()
                    .filter(d -> d.state() == DeliveryState.SCHEDULED).toList();
            return scheduled.isEmpty() ? null : scheduled.get((int) (which * scheduled.size()));
        }

        private void rememberSkips(UUID subscription) {
            Set<LocalDate> days = rules.skippedDays.computeIfAbsent(subscription, s -> new LinkedHashSet<>());
            for (Delivery d : world.deliveries.ofSubscription(subscription)) {
                if (d.state() == DeliveryState.SKIPPED && d.skipReason() == SkipReason.SUBSCRIBER) {
                    days.add(d.originalDate());
                    days.add(d.date());
                }
            }
        }

        /** Runs one use case as one transaction: a refusal or a crash leaves nothing behind. */
        private <T> T attempt(Supplier<T> work) {
            long firstEvent = world.events.next();
            try {
                T result = Tx.run(work);
                ending = "done";
                return result;
            } catch (SimulatedCrash crash) {
                ending = "crashed";
                crashes++;
                violations.addAll(rules.rolledBack(firstEvent));
            } catch (DomainException | SettlingUnfinishedException refusal) {
                ending = "refused " + refusal.getClass().getSimpleName();
                refused++;
                violations.addAll(rules.rolledBack(firstEvent));
            } catch (RuntimeException unexpected) {
                ending = "failed " + unexpected.getClass().getSimpleName();
                violations.add("a use case failed unexpectedly: " + trace(unexpected));
            }
            return null;
        }

        // ---------------------------------------------------------------- the rules

        /** Checks the rules for the users the step touched; answers who they were. */
        private Set<String> afterStep(int actingUser) {
            Instant now = world.clock.instant();
            LocalDate today = world.calendar.today();
            Set<String> users = new LinkedHashSet<>(world.touched);
            world.touched.clear();
            if (actingUser >= 0) users.add(userId(actingUser));
            List<DomainEvent> told = rules.events.take(world.events);
            violations.addAll(rules.told(told));
            violations.addAll(rules.paymentsNameTheirSubscription(told));
            List<Payment> paid = world.payments.since(paymentsSeen);
            for (Payment payment : paid) {
                users.add(payment.userId());
                violations.addAll(rules.billingTime(payment, now));
                violations.addAll(rules.rentalFee(payment, now));
            }
            violations.addAll(rules.walletEvents(paid));
            paymentsSeen = world.payments.count();
            for (UUID id : world.deliveries.dispatchedSince(dispatchesSeen)) {
                violations.addAll(rules.handedOver(world.deliveries.byId(id).orElseThrow(), now));
            }
            dispatchesSeen = world.deliveries.dispatchCount();
            for (String user : users) checkUser(user, today);
            return users;
        }

        private void checkUser(String user, LocalDate today) {
            int index = Integer.parseInt(user.substring("user-".length()));
            List<Subscription> subscriptions = subscriptionsOfUser.getOrDefault(index, List.of()).stream()
                    .map(id -> world.subscriptions.byId(id).orElseThrow()).toList();
            checks++;
            violations.addAll(rules.charges(user, subscriptions));
            for (Subscription s : subscriptions) {
                violations.addAll(rules.skips(s));
                violations.addAll(rules.deliveryStates(s, today));
                violations.addAll(rules.rentalEnds(s, today));
                violations.addAll(rules.deliveryEvents(s));
                violations.addAll(rules.subscriptionEvents(s));
            }
            world.wallets.wallet(user).ifPresent(w -> {
                if (w.balance() < 0) violations.add("wallet of " + user + " is negative: " + w.balance());
            });
        }

        private void checkEverything() {
            violations.addAll(rules.ledger());
            violations.addAll(rules.jobs());
            violations.addAll(rules.walletEvents());
            for (int user = 0; user < users(settings); user++) checkUser(userId(user), world.calendar.today());
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }

        private static String trace(Throwable e) {
            StringBuilder text = new StringBuilder(e.toString());
            StackTraceElement[] stack = e.getStackTrace();
            for (int i = 0; i < Math.min(6, stack.length); i++) text.append("\n    at ").append(stack[i]);
            return text.toString();
        }
    }

    /** A crash half-way through a transaction: the process died, its transaction is rolled back. */
    static final class SimulatedCrash extends RuntimeException {
        SimulatedCrash() {
            super("simulated crash", null, false, false);
        }
    }
}

package domain.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.billing.BillingSchedule;
import domain.billing.ScheduledSubscriptionBilling;
import domain.catalog.DeliveryCycle;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.PlanStatus;
import domain.catalog.RentalTerms;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.delivery.DeliveryState;
import domain.delivery.PauseWindow;
import domain.delivery.SkipReason;
import domain.scheduling.InMemoryJobs;
import domain.scheduling.Job;
import domain.scheduling.JobBook;
import domain.scheduling.JobState;
import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.RecordedEvents;
import domain.shared.StateConflictException;
import domain.subscription.SubscribeUseCase.Subscribe;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import simulation.SimCatalog;
import simulation.SimDeliveries;
import simulation.SimSkippedDays;
import simulation.SimSubscriptions;

/**
 * The subscription use cases over in-memory ports (billing's own {@link ScheduledSubscriptionBilling} on the
 * in-memory jobs) and a clock that the test moves. Today starts as Monday 2025-03-03 in Seoul; the weekly
 * plan delivers every Monday.
 */
class SubscriptionUseCasesTest {

    private static final String USER = "user-1";
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");

    private final MovableClock clock = new MovableClock();
    private final SimSubscriptions subscriptions = new SimSubscriptions();
    private final SimCatalog plans = new SimCatalog();
    private final SimDeliveries deliveries = new SimDeliveries(plans, subscriptions);
    private final InMemoryJobs jobs = new InMemoryJobs();
    private final RecordedPayments payments = new RecordedPayments();
    private final RecordedEvents events = new RecordedEvents();
    private final BusinessCalendar calendar = new BusinessCalendar(clock);
    private final JobBook scheduler = new JobBook(jobs, calendar);
    private final SubscriptionChanges changes = new SubscriptionChanges(subscriptions, deliveries, plans, new SimSkippedDays(), calendar, 3, scheduler,
            new SubscriptionJobs(LocalTime.of(6, 0)),
            new ScheduledSubscriptionBilling(new BillingSchedule(LocalTime.of(9, 0), 1), scheduler, calendar), payments, events);
    private final SubscribeToPlan subscribeToPlan = new SubscribeToPlan(changes);
    private final ViewSubscriptions viewSubscriptions = new ViewSubscriptions(changes);
    private final PauseSubscription pauseSubscription = new PauseSubscription(changes);
    private final SkipDelivery skipDelivery = new SkipDelivery(changes);
    private final UnskipDelivery unskipDelivery = new UnskipDelivery(changes);
    private final ChangeAddress changeAddress = new ChangeAddress(changes);
    private final RescheduleDelivery rescheduleDelivery = new RescheduleDelivery(changes);
    private final ChangeSubscription changeSubscription = new ChangeSubscription(changes);
    private final CancelSubscription cancelSubscription = new CancelSubscription(changes);
    private final RenewRental renewRental = new RenewRental(changes);
    private final EndRental endRental = new EndRental(changes);
    private final DispatchDelivery dispatchDelivery = new DispatchDelivery(changes);
    private final SettleDeliveryPayment settleDeliveryPayment = new SettleDeliveryPayment(changes);
    private final SuspendRental suspendRental = new SuspendRental(changes);

    private final ShopId shop = ShopId.random();
    private Plan weeklyOnMondays;
    private Plan monthlyOn15th;
    private Plan rental;

    @BeforeEach
    void setUp() {
        clock.today(MONDAY);
        weeklyOnMondays = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY), PlanStatus.ACTIVE);
        monthlyOn15th = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Monthly(15), PlanStatus.ACTIVE);
        rental = addPlan(shop, PlanKind.RENTAL, null, PlanStatus.ACTIVE);
    }

    // ---------------------------------------------------------------- helpers

    private Plan addPlan(ShopId owner, PlanKind kind, DeliveryCycle cycle, PlanStatus status) {
        Plan plan = kind == PlanKind.RENTAL
                ? new Plan(UUID.randomUUID(), owner, UUID.randomUUID(), "Purifier", kind, null, null,
                        new RentalTerms(Money.won(30_000), 12, Money.won(200_000)), status, clock.instant())
                : new Plan(UUID.randomUUID(), owner, UUID.randomUUID(), "Water", kind, Money.won(10_000), cycle, null,
                        status, clock.instant());
        plans.add(plan);
        return plan;
    }

    private Subscription subscribe(Plan plan, LocalDate start) {
        return subscribeToPlan.subscribe(USER, new Subscribe(plan.id(), 2, ADDRESS, start));
    }

    private Subscription stored(Subscription s) {
        return subscriptions.byId(s.id()).orElseThrow();
    }

    /** The subscription's deliveries by cycle, as "cycle date state[/reason] xquantity". */
    private List<String> deliveriesOf(Subscription s) {
        return deliveries.ofSubscription(s.id()).stream().map(SubscriptionUseCasesTest::describe).toList();
    }

    private static String describe(Delivery d) {
        String moved = d.date().equals(d.originalDate()) ? "" : " (from " + d.originalDate() + ")";
        String reason = d.skipReason() == null ? "" : "/" + d.skipReason();
        return d.cycleNumber() + " " + d.date() + moved + " " + d.state() + reason + " x" + d.quantity();
    }

    private Delivery cycle(Subscription s, int cycleNumber) {
        return deliveries.ofSubscription(s.id()).stream().filter(d -> d.cycleNumber() == cycleNumber).findFirst().orElseThrow();
    }

    private static void assertInvalid(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly(field));
    }

    private static void assertConflict(ThrowingCallable call, String currentState) {
        assertThatThrownBy(call).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.currentState()).isEqualTo(currentState));
    }

    // ---------------------------------------------------------------- subscribe

    @Test
    void subscribingWritesTheNextThreeDeliveries() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);

        assertThat(stored(s).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(stored(s).scheduleAnchor()).isEqualTo(MONDAY);
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SCHEDULED x2",
                "1 2025-03-10 SCHEDULED x2",
                "2 2025-03-17 SCHEDULED x2");
        assertThat(deliveries.ofSubscription(s.id())).allSatisfy(d -> {
            assertThat(d.address()).isEqualTo(ADDRESS);
            assertThat(d.userId()).isEqualTo(USER);
            assertThat(d.shopId()).isEqualTo(shop);
            assertThat(d.planId()).isEqualTo(weeklyOnMondays.id());
        });
    }

    @Test
    void aLaterStartDateIsTheFirstOccurrenceOnOrAfterIt() {
        Subscription s = subscribe(monthlyOn15th, LocalDate.of(2025, 3, 20));
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-04-15 SCHEDULED x2",
                "1 2025-05-15 SCHEDULED x2",
                "2 2025-06-15 SCHEDULED x2");
    }

    @Test
    void subscribingNeedsAnActivePlanAndAStartWithinAYear() {
        Plan retired = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Monthly(1), PlanStatus.RETIRED);
        assertInvalid(() -> subscribe(retired, MONDAY), "planId");
        assertInvalid(() -> subscribeToPlan.subscribe(USER, new Subscribe(UUID.randomUUID(), 1, ADDRESS, MONDAY)), "planId");
        assertInvalid(() -> subscribe(weeklyOnMondays, MONDAY.minusDays(1)), "startDate");
        assertInvalid(() -> subscribe(weeklyOnMondays, MONDAY.plusDays(367)), "startDate");
        assertThat(subscribe(weeklyOnMondays, MONDAY.plusDays(366)).startDate()).isEqualTo(MONDAY.plusDays(366));
    }

    @Test
    void someoneElsesSubscriptionIsNotFound() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        assertThatThrownBy(() -> viewSubscriptions.subscription("user-2", s.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> pauseSubscription.pause("user-2", s.id(), null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cancelSubscription.cancel("user-2", s.id(), CancellationMode.IMMEDIATE)).isInstanceOf(NotFoundException.class);
        assertThat(viewSubscriptions.subscription(USER, s.id()).id()).isEqualTo(s.id());
    }

    // ---------------------------------------------------------------- pause and resume

    @Test
    void pauseUntilADaySkipsTheCoveredDeliveriesAndPlansOnAfterThePause() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);

        Subscription paused = pauseSubscription.pause(USER, s.id(), LocalDate.of(2025, 3, 15));

        assertThat(paused.state()).isEqualTo(SubscriptionState.PAUSED);
        assertThat(paused.pause()).isEqualTo(new PauseWindow(MONDAY, LocalDate.of(2025, 3, 15)));
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SKIPPED/PAUSED x2",
                "1 2025-03-10 SKIPPED/PAUSED x2",
                "2 2025-03-17 SCHEDULED x2",
                "3 2025-03-24 SCHEDULED x2",
                "4 2025-03-31 SCHEDULED x2");
    }

    @Test
    void resumeRestoresTheDeliveriesThePauseSkipped() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        pauseSubscription.pause(USER, s.id(), LocalDate.of(2025, 3, 15));

        Subscription resumed = pauseSubscription.resume(USER, s.id());

        assertThat(resumed.state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(resumed.pause()).isNull();
        assertThat(deliveriesOf(s)).startsWith(
                "0 2025-03-03 SCHEDULED x2",
                "1 2025-03-10 SCHEDULED x2",
                "2 2025-03-17 SCHEDULED x2");
        assertThat(deliveries.ofSubscription(s.id())).allSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.SCHEDULED));
    }

    @Test
    void anOpenEndedPauseSkipsEverythingAndPlansNothingNew() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);

        Subscription paused = pauseSubscription.pause(USER, s.id(), null);

        assertThat(paused.pause().isOpenEnded()).isTrue();
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SKIPPED/PAUSED x2",
                "1 2025-03-10 SKIPPED/PAUSED x2",
                "2 2025-03-17 SKIPPED/PAUSED x2");

        pauseSubscription.resume(USER, s.id());
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SCHEDULED x2",
                "1 2025-03-10 SCHEDULED x2",
                "2 2025-03-17 SCHEDULED x2");
    }

    @Test
    void resumingLongAfterAnOpenEndedPausePlansFromToday() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        pauseSubscription.pause(USER, s.id(), null);
        clock.today(LocalDate.of(2025, 6, 4)); // a Wednesday

        pauseSubscription.resume(USER, s.id());

        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SKIPPED/PAUSED x2",
                "1 2025-03-10 SKIPPED/PAUSED x2",
                "2 2025-03-17 SKIPPED/PAUSED x2",
                "14 2025-06-09 SCHEDULED x2",
                "15 2025-06-16 SCHEDULED x2",
                "16 2025-06-23 SCHEDULED x2");
    }

    @Test
    void resumeLeavesTheSubscribersOwnSkips() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        skipDelivery.skip(USER, s.id(), null);
        pauseSubscription.pause(USER, s.id(), LocalDate.of(2025, 3, 15));
        pauseSubscription.resume(USER, s.id());

        assertThat(cycle(s, 0).skipReason()).isEqualTo(SkipReason.SUBSCRIBER);
        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.SKIPPED);
        assertThat(cycle(s, 1).state()).isEqualTo(DeliveryState.SCHEDULED);
    }

    @Test
    void pauseIsCheckedBeforeAnythingChanges() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        assertInvalid(() -> pauseSubscription.pause(USER, s.id(), MONDAY), "until");
        assertInvalid(() -> pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(367)), "until");
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.ACTIVE);

        pauseSubscription.pause(USER, s.id(), null);
        assertConflict(() -> pauseSubscription.pause(USER, s.id(), null), "PAUSED");

        Subscription r = subscribe(rental, MONDAY);
        assertThatThrownBy(() -> pauseSubscription.pause(USER, r.id(), null)).isInstanceOf(StateConflictException.class);
        assertConflict(() -> pauseSubscription.resume(USER, r.id()), "ACTIVE");
    }

    // ---------------------------------------------------------------- skip

    @Test
    void skippingTheNextDeliveryPlansOneMore() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);

        skipDelivery.skip(USER, s.id(), null);

        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SKIPPED/SUBSCRIBER x2",
                "1 2025-03-10 SCHEDULED x2",
                "2 2025-03-17 SCHEDULED x2",
                "3 2025-03-24 SCHEDULED x2");
    }

    @Test
    void skippingAGivenDelivery() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        UUID third = cycle(s, 2).id();

        skipDelivery.skip(USER, s.id(), third);

        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SCHEDULED x2",
                "1 2025-03-10 SCHEDULED x2",
                "2 2025-03-17 SKIPPED/SUBSCRIBER x2",
                "3 2025-03-24 SCHEDULED x2");
        assertConflict(() -> skipDelivery.skip(USER, s.id(), third), "SKIPPED");
        assertThatThrownBy(() -> skipDelivery.skip(USER, s.id(), UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPausedSubscriptionCannotSkip() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        pauseSubscription.pause(USER, s.id(), null);
        assertConflict(() -> skipDelivery.skip(USER, s.id(), null), "PAUSED");
    }

    @Test
    void aPastDeliveryCannotBeSkipped() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        UUID first = cycle(s, 0).id();
        clock.today(MONDAY.plusDays(1));
        assertConflict(() -> skipDelivery.skip(USER, s.id(), first), "in the past");
    }

    // ---------------------------------------------------------------- reschedule

    @Test
    void rescheduleMovesADeliveryInsideItsCycle() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        Delivery third = cycle(s, 2); // Monday 03-17: its cycle runs from 03-11 to 03-23

        rescheduleDelivery.reschedule(USER, s.id(), third.id(), LocalDate.of(2025, 3, 11));
        assertThat(describe(cycle(s, 2))).isEqualTo("2 2025-03-11 (from 2025-03-17) SCHEDULED x2");

        rescheduleDelivery.reschedule(USER, s.id(), third.id(), LocalDate.of(2025, 3, 23));
        assertThat(describe(cycle(s, 2))).isEqualTo("2 2025-03-23 (from 2025-03-17) SCHEDULED x2");
        assertThat(deliveries.ofSubscription(s.id())).hasSize(3);
    }

    @Test
    void rescheduleOutsideTheCycleIsRejected() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        UUID third = cycle(s, 2).id();

        assertThatThrownBy(() -> rescheduleDelivery.reschedule(USER, s.id(), third, LocalDate.of(2025, 3, 10)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from 2025-03-11 to 2025-03-23");
        assertInvalid(() -> rescheduleDelivery.reschedule(USER, s.id(), third, LocalDate.of(2025, 3, 24)), "date");
        assertThat(cycle(s, 2).date()).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    @Test
    void theFirstCycleMayMoveBackToTheStartButNotToTodayOrBefore() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(2)); // Wednesday start, first delivery Monday 03-10
        UUID first = cycle(s, 0).id();
        assertThat(cycle(s, 0).date()).isEqualTo(LocalDate.of(2025, 3, 10));

        rescheduleDelivery.reschedule(USER, s.id(), first, MONDAY.plusDays(2));
        assertThat(cycle(s, 0).date()).isEqualTo(MONDAY.plusDays(2));
        assertInvalid(() -> rescheduleDelivery.reschedule(USER, s.id(), first, MONDAY.plusDays(1)), "date");
        assertInvalid(() -> rescheduleDelivery.reschedule(USER, s.id(), first, MONDAY), "date");
        assertInvalid(() -> rescheduleDelivery.reschedule(USER, s.id(), first, null), "date");
    }

    @Test
    void aSkippedDeliveryCannotBeRescheduled() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        skipDelivery.skip(USER, s.id(), cycle(s, 1).id());
        assertConflict(() -> rescheduleDelivery.reschedule(USER, s.id(), cycle(s, 1).id(), LocalDate.of(2025, 3, 11)), "SKIPPED");
    }

    // ---------------------------------------------------------------- change

    @Test
    void changingTheQuantityUpdatesEveryDeliveryStillAhead() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        skipDelivery.skip(USER, s.id(), cycle(s, 1).id());

        Subscription changed = changeSubscription.change(USER, s.id(), null, 5);

        assertThat(changed.quantity()).isEqualTo(5);
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SCHEDULED x5",
                "1 2025-03-10 SKIPPED/SUBSCRIBER x5",
                "2 2025-03-17 SCHEDULED x5",
                "3 2025-03-24 SCHEDULED x5");
    }

    @Test
    void changeChecksItsInput() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        assertInvalid(() -> changeSubscription.change(USER, s.id(), null, null), "planId");
        assertInvalid(() -> changeSubscription.change(USER, s.id(), null, 0), "quantity");
        assertInvalid(() -> changeSubscription.change(USER, s.id(), null, Subscription.MAX_QUANTITY + 1), "quantity");

        Plan otherShops = addPlan(ShopId.random(), PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Monthly(1), PlanStatus.ACTIVE);
        Plan retired = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Monthly(1), PlanStatus.RETIRED);
        assertInvalid(() -> changeSubscription.change(USER, s.id(), otherShops.id(), null), "planId");
        assertInvalid(() -> changeSubscription.change(USER, s.id(), retired.id(), null), "planId");
        assertInvalid(() -> changeSubscription.change(USER, s.id(), rental.id(), null), "planId");
        assertInvalid(() -> changeSubscription.change(USER, s.id(), UUID.randomUUID(), null), "planId");
        assertThat(stored(s).planId()).isEqualTo(weeklyOnMondays.id());
        assertThat(deliveries.ofSubscription(s.id())).hasSize(3);

        Subscription r = subscribe(rental, MONDAY);
        assertThatThrownBy(() -> changeSubscription.change(USER, r.id(), null, 2)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void changingThePlanReanchorsAtTheNextOpenCycle() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        clock.today(MONDAY.plusDays(2)); // cycle 0 lies in the past now

        Subscription changed = changeSubscription.change(USER, s.id(), monthlyOn15th.id(), null);

        assertThat(changed.planId()).isEqualTo(monthlyOn15th.id());
        assertThat(changed.scheduleAnchor()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(changed.anchorCycle()).isEqualTo(1);
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SCHEDULED x2",
                "1 2025-03-15 SCHEDULED x2",
                "2 2025-04-15 SCHEDULED x2",
                "3 2025-05-15 SCHEDULED x2");
        assertThat(cycle(s, 0).planId()).isEqualTo(weeklyOnMondays.id());
        assertThat(cycle(s, 1).planId()).isEqualTo(monthlyOn15th.id());
    }

    @Test
    void changingPlanAndQuantityTogether() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        changeSubscription.change(USER, s.id(), monthlyOn15th.id(), 4);
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-15 SCHEDULED x4",
                "1 2025-04-15 SCHEDULED x4",
                "2 2025-05-15 SCHEDULED x4");
    }

    @Test
    void changingThePlanWhilePausedKeepsThePause() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        pauseSubscription.pause(USER, s.id(), LocalDate.of(2025, 4, 1));

        changeSubscription.change(USER, s.id(), monthlyOn15th.id(), null);

        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-15 SKIPPED/PAUSED x2",
                "1 2025-04-15 SCHEDULED x2",
                "2 2025-05-15 SCHEDULED x2",
                "3 2025-06-15 SCHEDULED x2");
    }

    /** A quantity change made while paused also reaches the deliveries the pause skipped, which resume brings back. */
    @Test
    void aQuantityChangedWhilePausedAppliesToTheDeliveriesResumeRestores() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        pauseSubscription.pause(USER, s.id(), LocalDate.of(2025, 3, 15));
        changeSubscription.change(USER, s.id(), null, 5);
        pauseSubscription.resume(USER, s.id());

        assertThat(stored(s).quantity()).isEqualTo(5);
        assertThat(deliveries.ofSubscription(s.id())).allSatisfy(d -> assertThat(d.quantity()).as(describe(d)).isEqualTo(5));
    }

    /**
     * Reschedules may cross (cycle 0 moved late in its window, cycle 1 early in its window); a plan change still
     * anchors at the lowest open cycle, so the new plan's first slot (Thursday 03-06) is kept.
     */
    @Test
    void changingThePlanAfterCrossedReschedulesAnchorsAtTheLowestOpenCycle() {
        Plan thursdays = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.THURSDAY), PlanStatus.ACTIVE);
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        rescheduleDelivery.reschedule(USER, s.id(), cycle(s, 0).id(), LocalDate.of(2025, 3, 9));  // window 03-03..03-09
        rescheduleDelivery.reschedule(USER, s.id(), cycle(s, 1).id(), LocalDate.of(2025, 3, 4));  // window 03-04..03-16

        Subscription changed = changeSubscription.change(USER, s.id(), thursdays.id(), null);

        // the same as without the reschedules: anchored at cycle 0's date
        assertThat(changed.scheduleAnchor()).isEqualTo(MONDAY);
        assertThat(changed.anchorCycle()).isZero();
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-06 SCHEDULED x2",
                "1 2025-03-13 SCHEDULED x2",
                "2 2025-03-20 SCHEDULED x2");
    }

    @Test
    void changingThePlanAnchorsAtTheNextOpenCycle() {
        Plan thursdays = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.THURSDAY), PlanStatus.ACTIVE);
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        rescheduleDelivery.reschedule(USER, s.id(), cycle(s, 1).id(), LocalDate.of(2025, 3, 12));

        Subscription changed = changeSubscription.change(USER, s.id(), thursdays.id(), null);

        assertThat(changed.scheduleAnchor()).isEqualTo(MONDAY);
        assertThat(changed.anchorCycle()).isZero();
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-06 SCHEDULED x2",
                "1 2025-03-13 SCHEDULED x2",
                "2 2025-03-20 SCHEDULED x2");
    }

    // ---------------------------------------------------------------- cancel

    @Test
    void cancelAtTheEndOfTheCycleEndsTheDayBeforeTheNextDelivery() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        clock.today(MONDAY.plusDays(2));

        Subscription cancelled = cancelSubscription.cancel(USER, s.id(), CancellationMode.END_OF_CYCLE);

        assertThat(cancelled.state()).isEqualTo(SubscriptionState.CANCELLED);
        assertThat(cancelled.cancellation().mode()).isEqualTo(CancellationMode.END_OF_CYCLE);
        assertThat(cancelled.cancellation().endsOn()).isEqualTo(LocalDate.of(2025, 3, 9));
        assertThat(cancelled.cancellation().cancelledAt()).isEqualTo(clock.instant());
        assertThat(cancelled.cancellation().earlyTerminationFee()).isNull();
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-03 SCHEDULED x2", // in the past: not open any more
                "1 2025-03-10 CANCELLED x2",
                "2 2025-03-17 CANCELLED x2");
    }

    @Test
    void cancelAtTheEndOfTheCycleWithADeliveryTodayEndsToday() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        Subscription cancelled = cancelSubscription.cancel(USER, s.id(), CancellationMode.END_OF_CYCLE);
        assertThat(cancelled.cancellation().endsOn()).isEqualTo(MONDAY);
    }

    @Test
    void cancelImmediatelyEndsToday() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        clock.today(MONDAY.plusDays(2));

        Subscription cancelled = cancelSubscription.cancel(USER, s.id(), CancellationMode.IMMEDIATE);

        assertThat(cancelled.cancellation().mode()).isEqualTo(CancellationMode.IMMEDIATE);
        assertThat(cancelled.cancellation().endsOn()).isEqualTo(MONDAY.plusDays(2));
        assertThat(cycle(s, 1).state()).isEqualTo(DeliveryState.CANCELLED);
        assertConflict(() -> cancelSubscription.cancel(USER, s.id(), CancellationMode.IMMEDIATE), "CANCELLED");
        assertConflict(() -> changeSubscription.change(USER, s.id(), null, 3), "CANCELLED");
    }

    @Test
    void cancelWithoutAModeIsImmediate() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        clock.today(MONDAY.plusDays(2));
        assertThat(cancelSubscription.cancel(USER, s.id(), null).cancellation().mode()).isEqualTo(CancellationMode.IMMEDIATE);
    }

    @Test
    void cancellingAPausedSubscriptionCancelsTheSkippedDeliveriesToo() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        pauseSubscription.pause(USER, s.id(), null);
        cancelSubscription.cancel(USER, s.id(), CancellationMode.IMMEDIATE);
        assertThat(deliveries.ofSubscription(s.id())).allSatisfy(d -> assertThat(d.state()).isEqualTo(DeliveryState.CANCELLED));
    }

    // ---------------------------------------------------------------- rentals

    @Test
    void aRentalIsDeliveredOnceWhenItStarts() {
        Subscription r = subscribe(rental, MONDAY.plusDays(5));
        assertThat(r.commitmentEndsOn()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(deliveriesOf(r)).containsExactly("0 2025-03-08 SCHEDULED x2");

        // Without its one delivery there is nothing to rent, yet its months would be charged (issue 15, finding 1).
        assertConflict(() -> skipDelivery.skip(USER, r.id(), null), "a rental");
        assertConflict(() -> skipDelivery.skip(USER, r.id(), cycle(r, 0).id()), "a rental");
        assertThat(deliveriesOf(r)).containsExactly("0 2025-03-08 SCHEDULED x2");
    }

    @Test
    void aRentalsDeliveryMovesOnlyWithinItsFirstMonth() {
        Subscription r = subscribe(rental, MONDAY.plusDays(5));
        assertInvalid(() -> rescheduleDelivery.reschedule(USER, r.id(), cycle(r, 0).id(), LocalDate.of(2025, 4, 8)), "date");
        rescheduleDelivery.reschedule(USER, r.id(), cycle(r, 0).id(), LocalDate.of(2025, 4, 7));
        assertThat(deliveriesOf(r)).containsExactly("0 2025-04-07 (from 2025-03-08) SCHEDULED x2");
    }

    @Test
    void aRentalWhoseFirstMonthGoesUnpaidNeverBeginsAndOwesNothing() {
        Subscription r = subscribe(rental, MONDAY.plusDays(5));
        deliveries.update(List.of(cycle(r, 0).paymentPending()));
        clock.today(MONDAY.plusDays(11));

        settleDeliveryPayment.settleUnpaid(cycle(r, 0).id(), 2);

        assertThat(stored(r).state()).as("one unpaid cycle is under the threshold, yet nothing was rented")
                .isEqualTo(SubscriptionState.CANCELLED);
        assertThat(stored(r).cancellation().reason()).isEqualTo(CancellationReason.FIRST_MONTH_UNPAID);
        assertThat(stored(r).cancellation().earlyTerminationFee()).isNull();
        assertThat(payments.feesCharged).isEmpty();
        assertThat(liveJobs()).as("no fee, no end").noneMatch(j -> j.startsWith("rental."));
    }

    @Test
    void cancellingARentalBeforeItsGoodsAreHandedOverOwesNoFee() {
        Subscription r = subscribe(rental, MONDAY.plusDays(5));
        rescheduleDelivery.reschedule(USER, r.id(), cycle(r, 0).id(), MONDAY.plusDays(20));
        clock.today(MONDAY.plusDays(6));
        cancelSubscription.cancel(USER, r.id(), CancellationMode.IMMEDIATE);
        assertThat(stored(r).cancellation().earlyTerminationFee()).isNull();
        assertThat(payments.feesCharged).isEmpty();
    }

    @Test
    void aSuspendedRentalStillEndsWithItsCommitment() {
        Subscription r = subscribe(rental, MONDAY);
        deliveries.update(List.of(cycle(r, 0).paid().dispatch()));
        clock.today(LocalDate.of(2025, 6, 10));
        suspendRental.suspendForUnpaidFees(r.id());
        assertThat(stored(r).state()).isEqualTo(SubscriptionState.SUSPENDED);

        clock.today(r.commitmentEndsOn());
        endRental.endCommitment(r.id());

        assertThat(stored(r).state()).as("finding 2: it ended, not suspended forever").isEqualTo(SubscriptionState.ENDED);
        assertConflict(() -> pauseSubscription.resume(USER, r.id()), "ENDED");
    }

    @Test
    void cancellingARentalInsideItsCommitmentOwesTheEarlyTerminationFee() {
        Subscription r = subscribe(rental, MONDAY);
        clock.today(LocalDate.of(2026, 3, 2)); // the last day of the commitment

        Subscription cancelled = cancelSubscription.cancel(USER, r.id(), CancellationMode.END_OF_CYCLE);

        assertThat(cancelled.cancellation().mode()).as("a rental always ends at once").isEqualTo(CancellationMode.IMMEDIATE);
        assertThat(cancelled.cancellation().endsOn()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(cancelled.cancellation().earlyTerminationFee()).isEqualTo(Money.won(200_000));
    }

    @Test
    void cancellingARentalAfterItsCommitmentOwesNothing() {
        Subscription r = subscribe(rental, MONDAY);
        clock.today(LocalDate.of(2026, 3, 3));
        assertThat(cancelSubscription.cancel(USER, r.id(), CancellationMode.IMMEDIATE).cancellation().earlyTerminationFee()).isNull();
    }

    @Test
    void renewingARentalExtendsItsCommitmentByThePlansPeriod() {
        Subscription r = subscribe(rental, MONDAY);

        Subscription renewed = renewRental.renew(USER, r.id());

        assertThat(renewed.commitmentEndsOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(stored(r).commitmentEndsOn()).isEqualTo(LocalDate.of(2027, 3, 3));
        assertThat(deliveriesOf(r)).containsExactly("0 2025-03-03 SCHEDULED x2");
    }

    @Test
    void onlyRentalsCanBeRenewed() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        assertConflict(() -> renewRental.renew(USER, s.id()), "a regular delivery");
    }

    // ---------------------------------------------------------------- the clock

    /** A clock the test sets to 10:00 in Seoul on a given day. */
    // ---------------------------------------------------------------- scheduled jobs

    /** The live jobs, as "type subject due-instant-in-Seoul". */
    private List<String> liveJobs() {
        return jobs.all().stream().filter(j -> j.state().isLive())
                .map(j -> j.type() + " " + j.subjectId() + " " + j.dueAt().atZone(BusinessCalendar.SEOUL).toLocalDateTime())
                .toList();
    }

    private String dispatchOf(Delivery d) {
        return "delivery.dispatch " + d.id() + " " + d.date() + "T06:00";
    }

    @Test
    void theNextDeliveryHasADispatchJobOnItsDateAtTheDispatchTime() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        assertThat(liveJobs()).containsExactly(dispatchOf(cycle(s, 0)));
    }

    @Test
    void skippingPausingAndCancellingMoveTheDispatchJobAndResumingBringsItBack() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        Delivery first = cycle(s, 0);
        skipDelivery.skip(USER, s.id(), first.id());
        assertThat(liveJobs()).containsExactly(dispatchOf(cycle(s, 1)));

        pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(15));
        assertThat(liveJobs()).containsExactlyInAnyOrder("subscription.resume " + s.id() + " 2025-03-18T00:00",
                dispatchOf(cycle(s, 2)));

        pauseSubscription.resume(USER, s.id());
        assertThat(liveJobs()).containsExactlyInAnyOrder(dispatchOf(cycle(s, 1)), dispatchOf(cycle(s, 2)));

        cancelSubscription.cancel(USER, s.id(), CancellationMode.IMMEDIATE);
        assertThat(liveJobs()).isEmpty();
    }

    @Test
    void reschedulingADeliveryMovesItsDispatchJob() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        Delivery first = cycle(s, 0);
        rescheduleDelivery.reschedule(USER, s.id(), first.id(), MONDAY.plusDays(9));
        assertThat(liveJobs()).contains("delivery.dispatch " + first.id() + " 2025-03-12T06:00");
    }

    @Test
    void theDispatchJobHandsTheDeliveryToTheShopAndWritesDownTheNextCycle() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        Delivery first = cycle(s, 0);
        clock.today(MONDAY.plusDays(7));
        dispatchDelivery.dispatch(first.id());
        assertThat(cycle(s, 0).state()).as("not paid: it waits").isEqualTo(DeliveryState.SCHEDULED);
        deliveries.update(List.of(cycle(s, 0).paid()));
        dispatchDelivery.dispatch(first.id());
        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-10 DISPATCHED x2",
                "1 2025-03-17 SCHEDULED x2",
                "2 2025-03-24 SCHEDULED x2",
                "3 2025-03-31 SCHEDULED x2");
        // The first delivery's own job is the one running (the runner marks it done); the next one has its job.
        assertThat(liveJobs()).containsExactlyInAnyOrder(dispatchOf(first), dispatchOf(cycle(s, 1)));
        // A second run of the same job (a duplicate) changes nothing.
        dispatchDelivery.dispatch(first.id());
        assertThat(deliveriesOf(s)).hasSize(4);
    }

    @Test
    void aDeliveryShippedBeforeItsDateStillLeavesTheNextOneADispatchJob() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        Delivery first = cycle(s, 0);
        deliveries.update(List.of(first.paid().ship(new domain.delivery.Shipment("CJ", "123", clock.instant()))));
        clock.today(MONDAY.plusDays(7));
        dispatchDelivery.dispatch(first.id());
        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.SHIPPED);
        assertThat(liveJobs()).contains(dispatchOf(cycle(s, 1)));
    }

    @Test
    void aDatedPauseEndsOnItsDateThroughItsJob() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(14));
        pauseSubscription.resumeAsPlanned(s.id());
        assertThat(stored(s).state()).as("not before its date").isEqualTo(SubscriptionState.PAUSED);
        clock.today(MONDAY.plusDays(14));
        pauseSubscription.resumeAsPlanned(s.id());
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(cycle(s, 1).state()).isEqualTo(DeliveryState.SCHEDULED);
    }

    @Test
    void aRentalEndsAtTheEndOfItsCommitmentUnlessRenewed() {
        Subscription s = subscribe(rental, MONDAY.plusDays(1));
        assertThat(liveJobs()).contains("rental.end " + s.id() + " 2026-03-04T00:00");
        renewRental.renew(USER, s.id());
        assertThat(liveJobs()).contains("rental.end " + s.id() + " 2027-03-04T00:00");

        clock.today(LocalDate.of(2026, 3, 4));
        endRental.endCommitment(s.id());
        assertThat(stored(s).state()).as("renewed: the old end date changes nothing").isEqualTo(SubscriptionState.ACTIVE);
        clock.today(LocalDate.of(2027, 3, 4));
        endRental.endCommitment(s.id());
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.ENDED);
    }

    @Test
    void cancellingARentalCancelsItsEndJob() {
        Subscription s = subscribe(rental, MONDAY.plusDays(1));
        cancelSubscription.cancel(USER, s.id(), null);
        assertThat(jobs.all()).filteredOn(j -> j.type().equals(SubscriptionJobs.RENTAL_END))
                .extracting(Job::state).containsExactly(JobState.CANCELLED);
    }

    static final class MovableClock extends Clock {
        private Instant instant;

        void today(LocalDate day) {
            instant = day.atTime(10, 0).atZone(BusinessCalendar.SEOUL).toInstant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }

    // ---------------------------------------------------------------- billing outcomes

    @Test
    void twoUnpaidCyclesInARowSuspendTheSubscriptionUntilTheSubscriberResumes() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));
        settleDeliveryPayment.settleUnpaid(cycle(s, 0).id(), 2);
        assertThat(cycle(s, 0).skipReason()).isEqualTo(SkipReason.UNPAID);
        assertThat(stored(s).state()).as("one unpaid cycle").isEqualTo(SubscriptionState.ACTIVE);

        deliveries.update(List.of(cycle(s, 1).paymentPending()));
        settleDeliveryPayment.settleUnpaid(cycle(s, 1).id(), 2);
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.SUSPENDED);
        assertThat(cycle(s, 2).state()).as("nothing more is billed or delivered").isEqualTo(DeliveryState.SKIPPED);

        pauseSubscription.resume(USER, s.id());
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.ACTIVE);
        assertThat(cycle(s, 2).state()).isEqualTo(DeliveryState.SCHEDULED);
    }

    @Test
    void aPaidCycleBetweenUnpaidOnesBreaksTheRow() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));
        settleDeliveryPayment.settleUnpaid(cycle(s, 0).id(), 2);
        deliveries.update(List.of(cycle(s, 1).paid()));
        deliveries.update(List.of(cycle(s, 2).paymentPending()));
        settleDeliveryPayment.settleUnpaid(cycle(s, 2).id(), 2);
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.ACTIVE);
    }

    @Test
    void cancellingRefundsPaidDeliveriesImmediatelyAndKeepsThemAtTheEndOfTheCycle() {
        Subscription immediate = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(immediate, 0).paid()));
        cancelSubscription.cancel(USER, immediate.id(), CancellationMode.IMMEDIATE);
        assertThat(payments.refunded).containsExactly(cycle(immediate, 0).id());
        assertThat(cycle(immediate, 0).state()).isEqualTo(DeliveryState.CANCELLED);

        Subscription endOfCycle = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(endOfCycle, 0).paid()));
        cancelSubscription.cancel(USER, endOfCycle.id(), CancellationMode.END_OF_CYCLE);
        assertThat(cycle(endOfCycle, 0).state()).as("paid: it still goes").isEqualTo(DeliveryState.PAID);
        assertThat(cycle(endOfCycle, 1).state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(stored(endOfCycle).cancellation().endsOn()).isEqualTo(MONDAY.plusDays(13));
        assertThat(payments.refunded).hasSize(1);
    }

    @Test
    void cancellingCallsOffADeliveryStillBeingPaidAfterItsDate() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));
        clock.today(MONDAY.plusDays(8)); // its retries go on after its date
        cancelSubscription.cancel(USER, s.id(), CancellationMode.IMMEDIATE);
        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.CANCELLED);
    }

    @Test
    void cancellingARentalInsideItsCommitmentChargesTheFee() {
        Subscription s = subscribe(rental, MONDAY.plusDays(1));
        deliveries.update(List.of(cycle(s, 0).paid().dispatch()));
        clock.today(MONDAY.plusDays(10));
        cancelSubscription.cancel(USER, s.id(), CancellationMode.IMMEDIATE);
        assertThat(payments.feesCharged).containsExactly(rental.rentalTerms().earlyTerminationFee().amount());
    }

    @Test
    void aDeliveryPaidLateGoesToTheShopAtOnce() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));
        clock.today(MONDAY.plusDays(8));
        dispatchDelivery.dispatch(cycle(s, 0).id());
        assertThat(cycle(s, 0).state()).as("unpaid on its date: it waits").isEqualTo(DeliveryState.PAYMENT_PENDING);
        settleDeliveryPayment.settlePaid(cycle(s, 0).id());
        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.PAID);
        assertThat(jobs.liveByDedupKey("delivery.dispatch:" + cycle(s, 0).id() + ":late")).isPresent();
    }


    // ---------------------------------------------------------------- pauses over billing (issue 15, finding 3)

    @Test
    void aPauseSkipsADeliveryStillBeingPaidAndAnEarlyResumeBillsItAnew() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));

        pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(21));
        assertThat(cycle(s, 0).state()).as("its retries find nothing to charge").isEqualTo(DeliveryState.SKIPPED);
        assertThat(cycle(s, 0).skipReason()).isEqualTo(SkipReason.PAUSED);

        pauseSubscription.resume(USER, s.id());
        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.SCHEDULED);
    }

    @Test
    void aPauseRefundsAndCallsOffAPaidDeliveryInsideIt() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paid()));
        deliveries.update(List.of(cycle(s, 1).paid()));

        pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(14));

        assertThat(cycle(s, 0).state()).as("inside the pause").isEqualTo(DeliveryState.CANCELLED);
        assertThat(cycle(s, 0).skipReason()).isEqualTo(SkipReason.PAUSED);
        assertThat(payments.refunded).containsExactly(cycle(s, 0).id());
        assertThat(cycle(s, 1).state()).as("after the pause: it goes").isEqualTo(DeliveryState.PAID);
        assertThat(liveJobs()).doesNotContain("delivery.dispatch " + cycle(s, 0).id() + " 2025-03-10T06:00");
    }

    @Test
    void aPauseCallsOffWhatWouldGoToTheShopTheMomentItIsPaid() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));
        clock.today(MONDAY.plusDays(9)); // still being retried after its date

        pauseSubscription.pause(USER, s.id(), null);

        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.CANCELLED);
        assertThat(cycle(s, 0).skipReason()).isEqualTo(SkipReason.PAUSED);
    }

    @Test
    void aPausedSubscriptionIsNotSuspendedForWantOfPayment() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(s, 0).paymentPending()));
        settleDeliveryPayment.settleUnpaid(cycle(s, 0).id(), 1);
        assertThat(stored(s).state()).isEqualTo(SubscriptionState.SUSPENDED);

        Subscription paused = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        deliveries.update(List.of(cycle(paused, 0).paymentPending()));
        pauseSubscription.pause(USER, paused.id(), null);
        assertThat(stored(paused).state().allows(SubscriptionState.Action.SUSPEND)).isFalse();
    }

    // ---------------------------------------------------------------- plan changes over skips (issue 15, finding 4)

    @Test
    void aSkippedDayStaysSkippedThroughAPlanChange() {
        Plan weeklyWater = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY), PlanStatus.ACTIVE);
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        skipDelivery.skip(USER, s.id(), cycle(s, 1).id());

        changeSubscription.change(USER, s.id(), weeklyWater.id(), null);

        assertThat(deliveriesOf(s)).containsExactly(
                "0 2025-03-10 SCHEDULED x2", "1 2025-03-17 SKIPPED/SUBSCRIBER x2", "2 2025-03-24 SCHEDULED x2",
                "3 2025-03-31 SCHEDULED x2");
    }

    @Test
    void aSkipOutlivesAPlanThatDoesNotDeliverThatDay() {
        // Found by the simulated year: skip the 15th of May, change to a weekly plan (no delivery that day: the
        // skip has nothing to apply to), change back to a monthly plan on the 15th: May 15 must stay skipped.
        Subscription s = subscribe(monthlyOn15th, MONDAY);
        skipDelivery.skip(USER, s.id(), cycle(s, 2).id()); // 2025-05-15
        Plan weekly = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.THURSDAY), PlanStatus.ACTIVE);
        Plan monthlyAgain = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Monthly(15), PlanStatus.ACTIVE);

        changeSubscription.change(USER, s.id(), weekly.id(), null);
        assertThat(deliveriesOf(s)).noneMatch(d -> d.contains("2025-05-15"));
        changeSubscription.change(USER, s.id(), monthlyAgain.id(), null);

        assertThat(deliveriesOf(s)).as(deliveriesOf(s).toString()).filteredOn(d -> d.contains("2025-05-15"))
                .singleElement().asString().endsWith("SKIPPED/SUBSCRIBER x2");
        assertThat(deliveriesOf(s)).filteredOn(d -> d.contains("SCHEDULED")).hasSize(3);
    }

    @Test
    void aSkippedDayInsideADatedPauseStaysSkippedAfterAPlanChangeAndAResume() {
        Plan weeklyWater = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY), PlanStatus.ACTIVE);
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        skipDelivery.skip(USER, s.id(), cycle(s, 1).id());
        pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(22));

        changeSubscription.change(USER, s.id(), weeklyWater.id(), null);
        pauseSubscription.resume(USER, s.id());

        assertThat(cycle(s, 1).state()).isEqualTo(DeliveryState.SKIPPED);
        assertThat(cycle(s, 1).skipReason()).isEqualTo(SkipReason.SUBSCRIBER);
        assertThat(cycle(s, 0).state()).isEqualTo(DeliveryState.SCHEDULED);
    }

    // ---------------------------------------------------------------- un-skip and moving (issue 15, API gaps)

    @Test
    void aSubscriberTakesBackTheirSkipAndTheDayIsNoLongerSkipped() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        skipDelivery.skip(USER, s.id(), cycle(s, 1).id());
        assertThat(deliveriesOf(s)).containsExactly("0 2025-03-10 SCHEDULED x2", "1 2025-03-17 SKIPPED/SUBSCRIBER x2",
                "2 2025-03-24 SCHEDULED x2", "3 2025-03-31 SCHEDULED x2");

        unskipDelivery.unskip(USER, s.id(), cycle(s, 1).id());

        assertThat(cycle(s, 1).state()).isEqualTo(DeliveryState.SCHEDULED);
        Plan weeklyWater = addPlan(shop, PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY), PlanStatus.ACTIVE);
        changeSubscription.change(USER, s.id(), weeklyWater.id(), null);
        assertThat(deliveriesOf(s)).as("no longer a skipped day for the next plan either")
                .noneMatch(d -> d.contains("2025-03-17") && d.contains("SKIPPED"));
    }

    @Test
    void onlyTheSubscribersOwnSkipOfAnUpcomingDeliveryIsTakenBack() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY.plusDays(7));
        assertConflict(() -> unskipDelivery.unskip(USER, s.id(), cycle(s, 0).id()), "SCHEDULED");
        pauseSubscription.pause(USER, s.id(), MONDAY.plusDays(10));
        assertConflict(() -> unskipDelivery.unskip(USER, s.id(), cycle(s, 0).id()), "PAUSED");
        pauseSubscription.resume(USER, s.id());
        skipDelivery.skip(USER, s.id(), cycle(s, 0).id());
        clock.today(MONDAY.plusDays(8));
        assertConflict(() -> unskipDelivery.unskip(USER, s.id(), cycle(s, 0).id()), "in the past");
        assertThatThrownBy(() -> unskipDelivery.unskip("someone-else", s.id(), cycle(s, 0).id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void movingChangesTheAddressOfEveryDeliveryNotYetWithTheShop() {
        Subscription s = subscribe(weeklyOnMondays, MONDAY);
        deliveries.update(List.of(cycle(s, 0).paid().dispatch()));
        deliveries.update(List.of(cycle(s, 1).paid()));
        skipDelivery.skip(USER, s.id(), cycle(s, 2).id());
        DeliveryAddress busan = new DeliveryAddress("Lee", "010-9876-5432", "Busan 2", null, "48058");

        changeAddress.changeAddress(USER, s.id(),
                new SubscribeUseCase.Subscribe.AddressFields("Lee", "010-9876-5432", "Busan 2", null, "48058"));

        assertThat(stored(s).address()).isEqualTo(busan);
        assertThat(cycle(s, 0).address()).as("already with the shop").isEqualTo(ADDRESS);
        assertThat(cycle(s, 1).address()).isEqualTo(busan);
        assertThat(cycle(s, 2).address()).isEqualTo(busan);
        assertThat(cycle(s, 3).address()).isEqualTo(busan);
        assertInvalid(() -> changeAddress.changeAddress(USER, s.id(),
                new SubscribeUseCase.Subscribe.AddressFields("Lee", "010-9876-5432", "Busan 2", null, "4805")), "address.postalCode");
    }
}

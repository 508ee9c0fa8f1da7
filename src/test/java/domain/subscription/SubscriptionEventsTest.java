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
import domain.delivery.DeliveryEvent;
import domain.scheduling.InMemoryJobs;
import domain.scheduling.JobBook;
import domain.shared.BusinessCalendar;
import domain.shared.DomainEvent;
import domain.shared.EventContext;
import domain.shared.Money;
import domain.shared.RecordedEvents;
import domain.shared.StateConflictException;
import domain.subscription.SubscribeUseCase.Subscribe;
import domain.subscription.SubscribeUseCase.Subscribe.AddressFields;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import simulation.SimCatalog;
import simulation.SimDeliveries;
import simulation.SimSkippedDays;
import simulation.SimSubscriptions;

/**
 * What each subscription use case tells: its events, in one call, after its changes. Today starts as Monday
 * 2025-03-03 in Seoul; the weekly plan delivers every Monday. Each event is shown as its type and what it carries:
 * a subscription's state, or a delivery's cycle and state.
 */
class SubscriptionEventsTest {
    private static final String USER = "user-1";
    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
    private static final DeliveryAddress ADDRESS = new DeliveryAddress("Kim", "010-1234-5678", "Seoul 1", null, "04524");

    private final SubscriptionUseCasesTest.MovableClock clock = new SubscriptionUseCasesTest.MovableClock();
    private final SimSubscriptions subscriptions = new SimSubscriptions();
    private final SimCatalog plans = new SimCatalog();
    private final SimDeliveries deliveries = new SimDeliveries(plans, subscriptions);
    private final RecordedPayments payments = new RecordedPayments();
    private final RecordedEvents events = new RecordedEvents();
    private final BusinessCalendar calendar = new BusinessCalendar(clock);
    private final JobBook scheduler = new JobBook(new InMemoryJobs(), calendar);
    private final SubscriptionChanges changes = new SubscriptionChanges(subscriptions, deliveries, plans, new SimSkippedDays(), calendar, 3,
            scheduler, new SubscriptionJobs(LocalTime.of(6, 0)),
            new ScheduledSubscriptionBilling(new BillingSchedule(LocalTime.of(9, 0), 1), scheduler, calendar), payments, events);
    private final SubscribeToPlan subscribeToPlan = new SubscribeToPlan(changes);
    private final PauseSubscription pauses = new PauseSubscription(changes);
    private final SkipDelivery skip = new SkipDelivery(changes);
    private final UnskipDelivery unskip = new UnskipDelivery(changes);
    private final RescheduleDelivery reschedule = new RescheduleDelivery(changes);
    private final ChangeSubscription change = new ChangeSubscription(changes);
    private final ChangeAddress move = new ChangeAddress(changes);
    private final CancelSubscription cancel = new CancelSubscription(changes);
    private final RenewRental renew = new RenewRental(changes);
    private final EndRental endRental = new EndRental(changes);
    private final DispatchDelivery dispatch = new DispatchDelivery(changes);
    private final SettleDeliveryPayment settle = new SettleDeliveryPayment(changes);
    private final SuspendRental suspendRental = new SuspendRental(changes);

    private final ShopId shop = ShopId.random();
    private Plan weekly;
    private Plan monthly;
    private Plan rental;

    @BeforeEach
    void setUp() {
        clock.today(MONDAY);
        weekly = plan(PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY));
        monthly = plan(PlanKind.REGULAR_DELIVERY, new DeliveryCycle.Monthly(15));
        rental = plan(PlanKind.RENTAL, null);
    }

    private Plan plan(PlanKind kind, DeliveryCycle cycle) {
        Plan plan = kind == PlanKind.RENTAL
                ? new Plan(UUID.randomUUID(), shop, UUID.randomUUID(), "Purifier", kind, null, null,
                        new RentalTerms(Money.won(30_000), 12, Money.won(200_000)), PlanStatus.ACTIVE, clock.instant())
                : new Plan(UUID.randomUUID(), shop, UUID.randomUUID(), "Water", kind, Money.won(10_000), cycle, null,
                        PlanStatus.ACTIVE, clock.instant());
        plans.add(plan);
        return plan;
    }

    /** A subscription, and nothing recorded yet: what it told when created is not what the test checks. */
    private Subscription subscribed(Plan plan, LocalDate start) {
        Subscription s = subscribeToPlan.subscribe(USER, new Subscribe(plan.id(), 2, ADDRESS, start));
        events.clear();
        return s;
    }

    private Delivery cycle(Subscription s, int cycleNumber) {
        return deliveries.ofSubscription(s.id()).stream().filter(d -> d.cycleNumber() == cycleNumber).findFirst().orElseThrow();
    }

    /** Moves a delivery on as billing would have (billing's own events are its tests' business). */
    private void billed(Delivery changed) {
        deliveries.update(List.of(changed));
    }

    /** What was told since the last look, one line an event; each use case told it in one call. */
    private List<String> told() {
        assertThat(events.calls()).as("record calls").isLessThanOrEqualTo(1);
        List<String> lines = events.all().stream().map(SubscriptionEventsTest::line).toList();
        events.clear();
        return lines;
    }

    private static String line(DomainEvent event) {
        if (event.resource() instanceof Delivery d) return event.type() + " " + d.cycleNumber() + " " + d.state();
        return event.type() + " " + ((Subscription) event.resource()).state();
    }

    @Test
    void subscribingTellsOfTheSubscriptionAndEachDeliveryWrittenDown() {
        Subscription s = subscribeToPlan.subscribe(USER, new Subscribe(weekly.id(), 2, ADDRESS, MONDAY));

        List<DomainEvent> recorded = events.all();
        assertThat(told()).containsExactly("subscription.created ACTIVE", "delivery.scheduled 0 SCHEDULED",
                "delivery.scheduled 1 SCHEDULED", "delivery.scheduled 2 SCHEDULED");
        assertThat(recorded.get(0)).isEqualTo(new SubscriptionEvent.SubscriptionCreated(s, clock.instant()));
        assertThat(recorded.get(0).subject()).isEqualTo(s.id().toString());
        assertThat(recorded.get(0).context()).isEqualTo(EventContext.SUBSCRIPTIONS);
        assertThat(recorded.get(1)).isEqualTo(new DeliveryEvent.DeliveryScheduled(cycle(s, 0), clock.instant()));
        assertThat(recorded.get(1).subject()).as("a delivery's own events are the delivery's").isEqualTo(cycle(s, 0).id().toString());
        assertThat(recorded.get(1).context()).isEqualTo(EventContext.DELIVERIES);
    }

    @Test
    void aPauseTellsOfItselfAndOfThePaidDeliveryItCallsOffAndRefunds() {
        Subscription s = subscribed(weekly, MONDAY);
        billed(cycle(s, 1).paid());

        pauses.pause(USER, s.id(), LocalDate.of(2025, 3, 15));

        // Cycle 0, scheduled inside the pause, is skipped: the pause's own event tells of it.
        assertThat(told()).containsExactly("subscription.paused PAUSED", "delivery.cancelled 1 CANCELLED",
                "delivery.refunded 1 CANCELLED", "delivery.scheduled 3 SCHEDULED", "delivery.scheduled 4 SCHEDULED");
        assertThat(payments.refunded).containsExactly(cycle(s, 1).id());
    }

    @Test
    void aPaidDeliveryWithNothingLeftToGiveBackIsCalledOffButNotToldRefunded() {
        Subscription s = subscribed(weekly, MONDAY);
        billed(cycle(s, 1).paid());
        payments.leftToRefund = false; // the shop refunded it all already

        pauses.pause(USER, s.id(), LocalDate.of(2025, 3, 15));

        assertThat(told()).contains("delivery.cancelled 1 CANCELLED").doesNotContain("delivery.refunded 1 CANCELLED");
    }

    @Test
    void aResumeTellsOnceWhetherTheSubscriberOrItsJobResumes() {
        Subscription dated = subscribed(weekly, MONDAY);
        pauses.pause(USER, dated.id(), LocalDate.of(2025, 3, 15));
        Subscription openEnded = subscribed(monthly, MONDAY);
        pauses.pause(USER, openEnded.id(), null);
        events.clear();

        pauses.resumeAsPlanned(dated.id());
        assertThat(told()).as("the job before the pause's end").isEmpty();
        pauses.resume(USER, openEnded.id());
        assertThat(told()).as("the deliveries it brings back are the resume's").containsExactly("subscription.resumed ACTIVE");

        clock.today(LocalDate.of(2025, 3, 15));
        pauses.resumeAsPlanned(dated.id());
        assertThat(told()).containsExactly("subscription.resumed ACTIVE");
        pauses.resumeAsPlanned(dated.id());
        assertThat(told()).as("a second run of the job").isEmpty();
    }

    @Test
    void skipsUnskipsAndReschedulesAreTheSubscriptionsEventsCarryingTheDelivery() {
        Subscription s = subscribed(weekly, MONDAY);

        skip.skip(USER, s.id(), null);
        List<DomainEvent> skipped = events.all();
        assertThat(told()).containsExactly("subscription.delivery_skipped 0 SKIPPED", "delivery.scheduled 3 SCHEDULED");
        assertThat(skipped.get(0).subject()).as("in the subscription's order").isEqualTo(s.id().toString());
        assertThat(skipped.get(0).resource()).as("as the use case left it; the store's version moved on")
                .usingRecursiveComparison().ignoringFields("version").isEqualTo(cycle(s, 0));

        unskip.unskip(USER, s.id(), cycle(s, 0).id());
        assertThat(told()).containsExactly("subscription.delivery_unskipped 0 SCHEDULED");

        reschedule.reschedule(USER, s.id(), cycle(s, 1).id(), LocalDate.of(2025, 3, 12));
        List<DomainEvent> moved = events.all();
        assertThat(told()).containsExactly("subscription.delivery_rescheduled 1 SCHEDULED");
        assertThat(((Delivery) moved.get(0).resource()).date()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void aChangeTellsWhatChangedAndNothingWhenNothingDid() {
        Subscription s = subscribed(weekly, MONDAY);
        List<UUID> weeklyDeliveries = deliveries.ofSubscription(s.id()).stream().map(Delivery::id).toList();

        change.change(USER, s.id(), weekly.id(), 2);
        move.changeAddress(USER, s.id(), new AddressFields("Kim", "010-1234-5678", "Seoul 1", null, "04524"));
        assertThat(told()).as("the same plan, quantity and address").isEmpty();

        change.change(USER, s.id(), null, 3);
        assertThat(told()).as("the deliveries' new quantity is the subscription's event").containsExactly("subscription.changed ACTIVE");

        move.changeAddress(USER, s.id(), new AddressFields("Lee", "010-1234-5678", "Busan 2", null, "48058"));
        assertThat(told()).containsExactly("subscription.address_changed ACTIVE");

        change.change(USER, s.id(), monthly.id(), null);
        List<DomainEvent> recorded = events.all();
        assertThat(told()).as("the weekly deliveries are replaced by the monthly plan's").containsExactly("subscription.changed ACTIVE",
                "delivery.cancelled 0 CANCELLED", "delivery.cancelled 1 CANCELLED", "delivery.cancelled 2 CANCELLED",
                "delivery.scheduled 0 SCHEDULED", "delivery.scheduled 1 SCHEDULED", "delivery.scheduled 2 SCHEDULED");
        assertThat(recorded.subList(1, 4)).extracting(DomainEvent::subject)
                .containsExactlyElementsOf(weeklyDeliveries.stream().map(UUID::toString).toList());
    }

    @Test
    void aCancellationTellsOfEachDeliveryItCallsOff() {
        Subscription now = subscribed(weekly, MONDAY.plusDays(7));
        billed(cycle(now, 0).paid());
        Subscription atTheEnd = subscribed(monthly, MONDAY);
        billed(cycle(atTheEnd, 0).paid());

        cancel.cancel(USER, now.id(), CancellationMode.IMMEDIATE);
        assertThat(told()).containsExactly("subscription.cancelled CANCELLED", "delivery.cancelled 0 CANCELLED",
                "delivery.refunded 0 CANCELLED", "delivery.cancelled 1 CANCELLED", "delivery.cancelled 2 CANCELLED");

        cancel.cancel(USER, atTheEnd.id(), CancellationMode.END_OF_CYCLE);
        assertThat(told()).as("the paid one still goes").containsExactly("subscription.cancelled CANCELLED",
                "delivery.cancelled 1 CANCELLED", "delivery.cancelled 2 CANCELLED");
    }

    @Test
    void aUseCaseThatFailsHalfWayHasToldNothing() {
        Subscription r = subscribed(rental, MONDAY);
        billed(cycle(r, 0).paid().dispatch());
        payments.refuseFees = true;

        assertThatThrownBy(() -> cancel.cancel(USER, r.id(), CancellationMode.IMMEDIATE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pauses.pause(USER, r.id(), null)).isInstanceOf(StateConflictException.class);

        assertThat(told()).as("its events come last: its transaction takes back the rest").isEmpty();
    }

    @Test
    void billingsOutcomesTellOfTheDeliveryAndWhatFollowsFromIt() {
        Subscription s = subscribed(weekly, MONDAY.plusDays(7));
        billed(cycle(s, 0).paymentPending());

        settle.retryFailed(cycle(s, 0).id());
        assertThat(told()).as("a retry fell short: nothing changes").containsExactly("delivery.payment_failed 0 PAYMENT_PENDING");

        settle.settlePaid(cycle(s, 0).id());
        assertThat(told()).containsExactly("delivery.paid 0 PAID");

        billed(cycle(s, 1).paymentPending());
        settle.settleUnpaid(cycle(s, 1).id(), 2);
        assertThat(told()).containsExactly("delivery.payment_failed 1 PAYMENT_PENDING", "delivery.cancelled 1 CANCELLED",
                "delivery.scheduled 3 SCHEDULED");

        billed(cycle(s, 2).paymentPending());
        settle.settleUnpaid(cycle(s, 2).id(), 1);
        // The suspension calls off cycle 0, paid, and skips cycle 3, which its own event tells of.
        assertThat(told()).containsExactly("delivery.payment_failed 2 PAYMENT_PENDING", "delivery.cancelled 2 CANCELLED",
                "subscription.suspended SUSPENDED", "delivery.cancelled 0 CANCELLED", "delivery.refunded 0 CANCELLED");
    }

    @Test
    void aRentalWhoseFirstMonthGoesUnpaidIsCancelledByTheSystem() {
        Subscription r = subscribed(rental, MONDAY.plusDays(5));
        billed(cycle(r, 0).paymentPending());

        settle.settleUnpaid(cycle(r, 0).id(), 2);

        List<DomainEvent> recorded = events.all();
        assertThat(told()).containsExactly("delivery.payment_failed 0 PAYMENT_PENDING", "delivery.cancelled 0 CANCELLED",
                "subscription.cancelled CANCELLED");
        assertThat(((Subscription) recorded.get(2).resource()).cancellation().reason()).isEqualTo(CancellationReason.FIRST_MONTH_UNPAID);
    }

    @Test
    void aDispatchTellsOfTheHandOverAndTheCycleWrittenDownBehindIt() {
        Subscription s = subscribed(weekly, MONDAY.plusDays(7));
        clock.today(MONDAY.plusDays(7));
        dispatch.dispatch(cycle(s, 0).id());
        assertThat(told()).as("not paid: it waits").isEmpty();

        billed(cycle(s, 0).paid());
        dispatch.dispatch(cycle(s, 0).id());
        assertThat(told()).containsExactly("delivery.dispatched 0 DISPATCHED", "delivery.scheduled 3 SCHEDULED");
        dispatch.dispatch(cycle(s, 0).id());
        assertThat(told()).as("a duplicate job").isEmpty();
    }

    @Test
    void aRentalTellsOfItsRenewalSuspensionAndEnd() {
        Subscription r = subscribed(rental, MONDAY.plusDays(1));
        renew.renew(USER, r.id());
        assertThat(told()).containsExactly("subscription.renewed ACTIVE");

        billed(cycle(r, 0).paid().dispatch());
        clock.today(LocalDate.of(2025, 6, 10));
        suspendRental.suspendForUnpaidFees(r.id());
        assertThat(told()).containsExactly("subscription.suspended SUSPENDED");
        suspendRental.suspendForUnpaidFees(r.id());
        assertThat(told()).as("suspended already").isEmpty();

        clock.today(LocalDate.of(2026, 3, 4));
        endRental.endCommitment(r.id());
        assertThat(told()).as("renewed: the old end changes nothing").isEmpty();
        clock.today(LocalDate.of(2027, 3, 4));
        endRental.endCommitment(r.id());
        assertThat(told()).containsExactly("subscription.ended ENDED");
    }
}

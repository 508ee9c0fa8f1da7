package domain.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.DeliveryCycle;
import domain.delivery.DeliverySchedule.PlannedCycle;
import domain.delivery.DeliverySchedule.PlannedCycle.Status;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link DeliverySchedule#plan} over weekly and monthly cycles, random anchors (2020–2035),
 * random "not before" days, optional (possibly open-ended) pause windows and random skip sets.
 *
 * <p>Expected dates come from {@link #expectedDate}, a reference written independently of
 * {@link DeliveryCycle#occurrence}: it walks the calendar day by day / week by week instead of using
 * {@code TemporalAdjusters} and {@code YearMonth} arithmetic.
 */
class DeliverySchedulePropertiesTest {

    private static final LocalDate FIRST_ANCHOR = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST_ANCHOR = LocalDate.of(2035, 12, 31);

    /** One generated call of {@code plan}. {@code skipped} holds absolute cycle numbers. */
    record Scenario(LocalDate anchor, int anchorCycle, DeliveryCycle cycle, int fromCycle, LocalDate notBefore,
                    int dueCount, PauseWindow pause, Set<Integer> skipped) {

        DeliverySchedule schedule() {
            return new DeliverySchedule(anchor, anchorCycle, cycle);
        }

        List<PlannedCycle> plan() {
            return schedule().plan(fromCycle, notBefore, dueCount, pause, skipped);
        }

        int firstEligibleCycle() {
            return Math.max(fromCycle, anchorCycle);
        }

        boolean openEndedPause() {
            return pause != null && pause.isOpenEnded();
        }
    }

    // ---------------------------------------------------------------- properties

    @Property
    void plannedCyclesAreStrictlyOrderedByDateAndCycleNumberWithoutDuplicates(@ForAll("scenarios") Scenario s) {
        List<PlannedCycle> planned = s.plan();

        for (int i = 1; i < planned.size(); i++) {
            PlannedCycle previous = planned.get(i - 1);
            PlannedCycle current = planned.get(i);
            assertThat(current.date()).as("date of entry %d", i).isAfter(previous.date());
            assertThat(current.cycleNumber()).as("cycle of entry %d", i).isGreaterThan(previous.cycleNumber());
            // pauses and skips are listed, not dropped: the cycle numbers have no gaps
            assertThat(current.cycleNumber()).as("cycle of entry %d", i).isEqualTo(previous.cycleNumber() + 1);
        }
        assertThat(planned.stream().map(PlannedCycle::date).distinct().count()).isEqualTo(planned.size());
        assertThat(planned.stream().map(PlannedCycle::cycleNumber).distinct().count()).isEqualTo(planned.size());
    }

    @Property
    void nothingIsPlannedBeforeTheAnchorNotBeforeOrFromCycle(@ForAll("scenarios") Scenario s) {
        for (PlannedCycle c : s.plan()) {
            assertThat(c.date()).isAfterOrEqualTo(s.anchor()).isAfterOrEqualTo(s.notBefore());
            assertThat(c.cycleNumber()).isGreaterThanOrEqualTo(s.fromCycle()).isGreaterThanOrEqualTo(s.anchorCycle());
        }
    }

    @Property
    void theListStartsAtTheFirstEligibleCycleOnOrAfterNotBefore(@ForAll("scenarios") Scenario s) {
        List<PlannedCycle> planned = s.plan();
        int expectedFirst = firstCycleOnOrAfter(s, s.notBefore());
        if (planned.isEmpty()) {
            // only a zero due count, or an open-ended pause covering that first cycle, gives an empty plan
            boolean pausedFromTheStart = s.openEndedPause()
                    && s.pause().covers(expectedDate(s.cycle(), s.anchor(), expectedFirst - s.anchorCycle()));
            assertThat(s.dueCount() <= 0 || pausedFromTheStart).as("empty plan for %s", s).isTrue();
        } else {
            assertThat(planned.get(0).cycleNumber()).isEqualTo(expectedFirst);
        }
    }

    @Property
    void noDueCycleFallsInsideThePauseAndSkippedCyclesAreNeverDue(@ForAll("scenarios") Scenario s) {
        for (PlannedCycle c : s.plan()) {
            boolean paused = s.pause() != null && s.pause().covers(c.date());
            switch (c.status()) {
                case DUE -> {
                    assertThat(paused).as("due cycle %s inside pause %s", c, s.pause()).isFalse();
                    assertThat(s.skipped()).as("skipped cycles").doesNotContain(c.cycleNumber());
                }
                case PAUSED -> {
                    assertThat(paused).as("paused cycle %s inside pause %s", c, s.pause()).isTrue();
                    assertThat(s.pause().isOpenEnded()).as("open-ended pauses list nothing as paused").isFalse();
                }
                case SKIPPED -> {
                    assertThat(paused).as("a cycle in the pause is listed as paused, not skipped").isFalse();
                    assertThat(s.skipped()).contains(c.cycleNumber());
                }
            }
        }
    }

    @Property
    void anOpenEndedPauseEndsTheList(@ForAll("scenarios") Scenario s) {
        if (!s.openEndedPause()) return;
        List<PlannedCycle> planned = s.plan();
        assertThat(planned).allSatisfy(c -> assertThat(c.date()).isBefore(s.pause().from()));
        long due = planned.stream().filter(c -> c.status() == Status.DUE).count();
        if (due < s.dueCount()) {
            // the list stopped early: the next cycle is the first one inside the pause
            int next = planned.isEmpty() ? firstCycleOnOrAfter(s, s.notBefore()) : last(planned).cycleNumber() + 1;
            assertThat(s.pause().covers(s.schedule().dateOf(next))).as("cycle %d after %s", next, planned).isTrue();
        }
    }

    @Property
    void exactlyDueCountCyclesAreDueWithoutAnOpenEndedPause(@ForAll("scenarios") Scenario s) {
        if (s.openEndedPause()) return;
        List<PlannedCycle> planned = s.plan();
        assertThat(planned.stream().filter(c -> c.status() == Status.DUE).count()).isEqualTo(Math.max(0, s.dueCount()));
        if (!planned.isEmpty()) {
            assertThat(last(planned).status()).as("the list ends with its last due cycle").isEqualTo(Status.DUE);
        }
    }

    @Property
    void pausesAndSkipsShiftNothing(@ForAll("scenarios") Scenario s) {
        List<PlannedCycle> planned = s.plan();
        DeliverySchedule unpaused = new DeliverySchedule(s.anchor(), s.anchorCycle(), s.cycle());
        for (PlannedCycle c : planned) {
            assertThat(c.date()).as("cycle %d", c.cycleNumber()).isEqualTo(unpaused.dateOf(c.cycleNumber()));
            assertThat(c.date()).as("cycle %d (reference)", c.cycleNumber())
                    .isEqualTo(expectedDate(s.cycle(), s.anchor(), c.cycleNumber() - s.anchorCycle()));
        }
        // the same cycles, with the same dates, as a plan of the same length without pause and skips
        List<PlannedCycle> plain = unpaused.plan(s.fromCycle(), s.notBefore(), planned.size(), null, Set.of());
        assertThat(plain).allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.DUE));
        assertThat(planned.stream().map(c -> c.cycleNumber() + "@" + c.date()).toList())
                .isEqualTo(plain.stream().map(c -> c.cycleNumber() + "@" + c.date()).toList());
    }

    @Property
    void planMatchesAReferenceModel(@ForAll("scenarios") Scenario s) {
        assertThat(s.plan()).isEqualTo(referencePlan(s));
    }

    @Property
    void monthlyDatesAreClampedToTheMonthAndOneMonthApart(@ForAll("monthlyScenarios") Scenario s) {
        int dayOfMonth = ((DeliveryCycle.Monthly) s.cycle()).dayOfMonth();
        List<PlannedCycle> planned = s.plan();
        for (PlannedCycle c : planned) {
            assertThat(c.date().getDayOfMonth()).as("day of %s", c.date())
                    .isEqualTo(Math.min(dayOfMonth, c.date().lengthOfMonth()));
        }
        for (int i = 1; i < planned.size(); i++) {
            assertThat(YearMonth.from(planned.get(i).date()))
                    .isEqualTo(YearMonth.from(planned.get(i - 1).date()).plusMonths(1));
        }
        if (!planned.isEmpty() && planned.get(0).cycleNumber() == s.anchorCycle()) {
            // the anchor cycle is the first clamped day on or after the anchor: within a month of it
            LocalDate first = planned.get(0).date();
            assertThat(first).isAfterOrEqualTo(s.anchor()).isBefore(s.anchor().plusMonths(1).plusDays(1));
        }
    }

    @Property
    void weeklyDatesFallOnTheWeekdayAndAreEveryNWeeksApart(@ForAll("weeklyScenarios") Scenario s) {
        DeliveryCycle.Weekly weekly = (DeliveryCycle.Weekly) s.cycle();
        List<PlannedCycle> planned = s.plan();
        for (PlannedCycle c : planned) {
            assertThat(c.date().getDayOfWeek()).isEqualTo(weekly.dayOfWeek());
        }
        for (int i = 1; i < planned.size(); i++) {
            assertThat(ChronoUnit.DAYS.between(planned.get(i - 1).date(), planned.get(i).date()))
                    .isEqualTo(7L * weekly.everyWeeks());
        }
        if (!planned.isEmpty() && planned.get(0).cycleNumber() == s.anchorCycle()) {
            // the anchor cycle is the first chosen weekday on or after the anchor
            assertThat(ChronoUnit.DAYS.between(s.anchor(), planned.get(0).date())).isBetween(0L, 6L);
        }
    }

    // ---------------------------------------------------------------- generators

    @Provide
    Arbitrary<Scenario> scenarios() {
        return scenariosOf(Arbitraries.oneOf(weeklyCycles(), monthlyCycles()));
    }

    @Provide
    Arbitrary<Scenario> monthlyScenarios() {
        return scenariosOf(monthlyCycles());
    }

    @Provide
    Arbitrary<Scenario> weeklyScenarios() {
        return scenariosOf(weeklyCycles());
    }

    static Arbitrary<LocalDate> anchors() {
        return Arbitraries.longs().between(FIRST_ANCHOR.toEpochDay(), LAST_ANCHOR.toEpochDay()).map(LocalDate::ofEpochDay);
    }

    static Arbitrary<DeliveryCycle> weeklyCycles() {
        return Arbitraries.integers().between(1, 52)
                .flatMap(weeks -> Arbitraries.of(DayOfWeek.class).map(day -> new DeliveryCycle.Weekly(weeks, day)));
    }

    static Arbitrary<DeliveryCycle> monthlyCycles() {
        return Arbitraries.integers().between(1, 31).map(DeliveryCycle.Monthly::new);
    }

    /** A pause relative to the "not before" day: start offset, and length in days (empty = open-ended). */
    record PauseSpec(int startOffset, Optional<Integer> lengthDays) { }

    /** Skipped cycles: mostly offsets from the first eligible cycle, plus a few absolute (possibly irrelevant) numbers. */
    record SkipSpec(Set<Integer> offsets, Set<Integer> absolute) { }

    static Arbitrary<Optional<PauseSpec>> pauses() {
        return Combinators.combine(
                        Arbitraries.integers().between(-120, 720),
                        Arbitraries.integers().between(1, 540).optional(0.75))
                .as(PauseSpec::new)
                .optional(0.7);
    }

    static Arbitrary<SkipSpec> skips() {
        return Combinators.combine(
                        Arbitraries.integers().between(0, 60).set().ofMaxSize(15),
                        Arbitraries.integers().between(0, 200).set().ofMaxSize(3))
                .as(SkipSpec::new);
    }

    private Arbitrary<Scenario> scenariosOf(Arbitrary<DeliveryCycle> cycles) {
        return Combinators.combine(
                        anchors(),
                        Arbitraries.integers().between(0, 20),    // anchor cycle
                        cycles,
                        Arbitraries.integers().between(0, 60),    // from cycle
                        Arbitraries.integers().between(-60, 1200), // "not before", days after the anchor
                        Arbitraries.integers().between(0, 30),    // due count
                        pauses(),
                        skips())
                .as(DeliverySchedulePropertiesTest::scenario);
    }

    static Scenario scenario(LocalDate anchor, int anchorCycle, DeliveryCycle cycle, int fromCycle, int notBeforeOffset,
                             int dueCount, Optional<PauseSpec> pause, SkipSpec skips) {
        LocalDate notBefore = anchor.plusDays(notBeforeOffset);
        PauseWindow window = pause.map(p -> {
            LocalDate from = notBefore.plusDays(p.startOffset());
            return new PauseWindow(from, p.lengthDays().map(from::plusDays).orElse(null));
        }).orElse(null);
        Scenario draft = new Scenario(anchor, anchorCycle, cycle, fromCycle, notBefore, dueCount, window, Set.of());
        int first = firstCycleOnOrAfter(draft, notBefore);
        Set<Integer> skipped = new HashSet<>(skips.absolute());
        skips.offsets().forEach(o -> skipped.add(first + o));
        return new Scenario(anchor, anchorCycle, cycle, fromCycle, notBefore, dueCount, window, Set.copyOf(skipped));
    }

    // ---------------------------------------------------------------- reference model

    /**
     * The k-th date (k = 0, 1, …) of a cycle starting on {@code start}, found by walking the calendar rather than
     * with the production arithmetic.
     */
    static LocalDate expectedDate(DeliveryCycle cycle, LocalDate start, long k) {
        if (cycle instanceof DeliveryCycle.Weekly weekly) {
            LocalDate first = start;
            while (first.getDayOfWeek() != weekly.dayOfWeek()) first = first.plusDays(1);
            return first.plusDays(7L * weekly.everyWeeks() * k);
        }
        int dayOfMonth = ((DeliveryCycle.Monthly) cycle).dayOfMonth();
        LocalDate date = start;
        while (date.getDayOfMonth() != Math.min(dayOfMonth, date.lengthOfMonth())) date = date.plusDays(1);
        for (long i = 0; i < k; i++) {
            // walk to the first day of the next month, then to its chosen (clamped) day
            date = date.plusDays(date.lengthOfMonth() - date.getDayOfMonth() + 1L);
            while (date.getDayOfMonth() != Math.min(dayOfMonth, date.lengthOfMonth())) date = date.plusDays(1);
        }
        return date;
    }

    /** The first cycle, not before the first eligible one, whose date is on or after {@code day} — by linear search. */
    static int firstCycleOnOrAfter(Scenario s, LocalDate day) {
        int n = s.firstEligibleCycle();
        while (expectedDate(s.cycle(), s.anchor(), n - s.anchorCycle()).isBefore(day)) n++;
        return n;
    }

    static List<PlannedCycle> referencePlan(Scenario s) {
        List<PlannedCycle> result = new ArrayList<>();
        int due = 0;
        for (int n = firstCycleOnOrAfter(s, s.notBefore()); due < s.dueCount(); n++) {
            LocalDate date = expectedDate(s.cycle(), s.anchor(), n - s.anchorCycle());
            boolean paused = s.pause() != null && !date.isBefore(s.pause().from())
                    && (s.pause().until() == null || date.isBefore(s.pause().until()));
            if (paused && s.pause().until() == null) break;
            Status status = paused ? Status.PAUSED : s.skipped().contains(n) ? Status.SKIPPED : Status.DUE;
            if (status == Status.DUE) due++;
            result.add(new PlannedCycle(n, date, status));
        }
        return result;
    }

    private static PlannedCycle last(List<PlannedCycle> planned) {
        return planned.get(planned.size() - 1);
    }
}

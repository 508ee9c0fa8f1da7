package domain.delivery;

import domain.catalog.DeliveryCycle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dates of a subscription's cycles. Cycle numbers count from the anchor: cycle
 * {@code anchorCycle} is the first occurrence of the cycle on or after {@code anchor}. Pauses and skips
 * only remove cycles; they never move the others.
 */
public record DeliverySchedule(LocalDate anchor, int anchorCycle, DeliveryCycle cycle) {

    /** More cycles than this in one plan means the caller asked for something unreasonable. */
    private static final int MAX_CYCLES_PER_PLAN = 1_000;

    public LocalDate dateOf(int cycleNumber) {
        if (cycleNumber < anchorCycle) throw new IllegalArgumentException("cycle " + cycleNumber + " is before the anchor");
        return cycle.occurrence(anchor, cycleNumber - anchorCycle);
    }

    /**
     * The cycles from {@code fromCycle} on that fall on or after {@code notBefore}, until {@code dueCount} of them
     * are due. Cycles inside the pause are listed as paused, skipped cycles as skipped; an open-ended pause ends
     * the list, since nothing after it is known.
     */
    public List<PlannedCycle> plan(int fromCycle, LocalDate notBefore, int dueCount, PauseWindow pause, Set<Integer> skipped) {
        List<PlannedCycle> planned = new ArrayList<>();
        int due = 0;
        int n = Math.max(fromCycle, anchorCycle);
        int firstCandidate = firstCycleOnOrAfter(notBefore, n);
        for (n = firstCandidate; due < dueCount && planned.size() < MAX_CYCLES_PER_PLAN; n++) {
            LocalDate date = dateOf(n);
            if (pause != null && pause.covers(date)) {
                if (pause.isOpenEnded()) break;
                planned.add(new PlannedCycle(n, date, PlannedCycle.Status.PAUSED));
            } else if (skipped.contains(n)) {
                planned.add(new PlannedCycle(n, date, PlannedCycle.Status.SKIPPED));
            } else {
                planned.add(new PlannedCycle(n, date, PlannedCycle.Status.DUE));
                due++;
            }
        }
        return planned;
    }

    /** The cycle that falls on {@code date}, if one does. */
    public java.util.OptionalInt cycleOn(LocalDate date) {
        if (date.isBefore(dateOf(anchorCycle))) return java.util.OptionalInt.empty();
        int n = firstCycleOnOrAfter(date, anchorCycle);
        return dateOf(n).equals(date) ? java.util.OptionalInt.of(n) : java.util.OptionalInt.empty();
    }

    /** Jumps over cycles that lie in the past (after a long pause) without walking them one by one. */
    private int firstCycleOnOrAfter(LocalDate notBefore, int from) {
        if (!dateOf(from).isBefore(notBefore)) return from;
        int low = from;              // dateOf(low) is before notBefore
        int step = 1;
        while (dateOf(low + step).isBefore(notBefore)) {
            low += step;
            step *= 2;
        }
        int high = low + step;       // dateOf(high) is on or after notBefore
        while (high - low > 1) {
            int mid = low + (high - low) / 2;
            if (dateOf(mid).isBefore(notBefore)) low = mid; else high = mid;
        }
        return high;
    }

    public record PlannedCycle(int cycleNumber, LocalDate date, Status status) {
        public enum Status { DUE, PAUSED, SKIPPED }
    }
}

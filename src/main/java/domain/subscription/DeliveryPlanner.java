package domain.subscription;

import domain.catalog.Plan;
import domain.delivery.Delivery;
import domain.delivery.DeliverySchedule;
import domain.delivery.DeliverySchedule.PlannedCycle;
import domain.delivery.SkipReason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a subscription's next few cycles written down as delivery records, so the subscriber and
 * the partner can see them and act on them. Further cycles are written as earlier ones are used up.
 */
final class DeliveryPlanner {
    private final int upcomingDeliveries;

    DeliveryPlanner(int upcomingDeliveries) {
        this.upcomingDeliveries = upcomingDeliveries;
    }

    /**
     * New delivery records for the cycles after {@code lastCycle}, until {@code upcomingDeliveries} are
     * scheduled from today on; {@code scheduledNow} of them exist already.
     */
    List<Delivery> nextDeliveries(Subscription subscription, Plan plan, int lastCycle, long scheduledNow, LocalDate today,
                                  Set<LocalDate> skippedDays) {
        List<Delivery> planned = new ArrayList<>();
        boolean running = subscription.state() == SubscriptionState.ACTIVE || subscription.state() == SubscriptionState.PAUSED;
        if (!running) return planned;
        if (subscription.isRental()) {
            // A rental is delivered once, when it starts; its later cycles are billing only.
            if (lastCycle < 0) planned.add(newDelivery(subscription, 0, subscription.startDate()));
            return planned;
        }
        int wanted = (int) Math.max(0, upcomingDeliveries - scheduledNow);
        if (wanted == 0) return planned;
        DeliverySchedule schedule = new DeliverySchedule(subscription.scheduleAnchor(), subscription.anchorCycle(), plan.cycle());
        Set<Integer> skipped = new HashSet<>();
        for (LocalDate day : skippedDays) {
            if (!day.isBefore(today)) schedule.cycleOn(day).ifPresent(skipped::add);
        }
        // A cycle at a time, until enough are due; one on a skipped day does not count. An open-ended pause ends
        // the list, since nothing after it is known.
        int next = lastCycle + 1;
        int due = 0;
        while (due < wanted) {
            List<PlannedCycle> cycles = schedule.plan(next, today, 1, subscription.pause(), Set.of());
            if (cycles.isEmpty()) break;
            for (PlannedCycle cycle : cycles) {
                Delivery delivery = newDelivery(subscription, cycle.cycleNumber(), cycle.date());
                // The subscriber's skip outlives a pause: resuming brings back only what the pause skipped.
                if (skipped.contains(cycle.cycleNumber())) planned.add(delivery.skip(SkipReason.SUBSCRIBER));
                else if (cycle.status() == PlannedCycle.Status.PAUSED) planned.add(delivery.skip(SkipReason.PAUSED));
                else {
                    planned.add(delivery);
                    due++;
                }
                next = cycle.cycleNumber() + 1;
            }
        }
        return planned;
    }

    private static Delivery newDelivery(Subscription s, int cycleNumber, LocalDate date) {
        return Delivery.scheduled(s.id(), s.userId(), s.shopId(), s.planId(), cycleNumber, date, s.quantity(), s.address());
    }
}

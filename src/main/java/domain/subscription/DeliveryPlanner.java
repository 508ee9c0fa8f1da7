package domain.subscription;

import domain.catalog.Plan;
import domain.delivery.Delivery;
import domain.delivery.DeliverySchedule;
import domain.delivery.DeliverySchedule.PlannedCycle;
import domain.delivery.SkipReason;
import java.time.LocalDate;
import java.util.ArrayList;
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
    List<Delivery> nextDeliveries(Subscription subscription, Plan plan, int lastCycle, long scheduledNow, LocalDate today) {
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
        for (PlannedCycle cycle : schedule.plan(lastCycle + 1, today, wanted, subscription.pause(), Set.of())) {
            Delivery delivery = newDelivery(subscription, cycle.cycleNumber(), cycle.date());
            planned.add(cycle.status() == PlannedCycle.Status.PAUSED ? delivery.skip(SkipReason.PAUSED) : delivery);
        }
        return planned;
    }

    private static Delivery newDelivery(Subscription s, int cycleNumber, LocalDate date) {
        return Delivery.scheduled(s.id(), s.userId(), s.shopId(), s.planId(), cycleNumber, date, s.quantity(), s.address());
    }
}

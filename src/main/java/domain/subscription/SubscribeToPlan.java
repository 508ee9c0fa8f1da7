package domain.subscription;

import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.delivery.Delivery;
import domain.scheduling.JobRequest;
import domain.shared.InvalidInputException;
import domain.subscription.SubscriptionEvent.SubscriptionCreated;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A person subscribes to a plan: the subscription, its first deliveries and their jobs are written together. */
public final class SubscribeToPlan implements SubscribeUseCase {
    private final SubscriptionChanges changes;

    public SubscribeToPlan(SubscriptionChanges changes) {
        this.changes = changes;
    }

    @Override
    public Subscription subscribe(String userId, Subscribe command) {
        LocalDate today = changes.calendar.today();
        Plan plan = changes.plans.byId(command.planId())
                .orElseThrow(() -> InvalidInputException.of("planId", "is not a plan"));
        if (!plan.isActive()) throw InvalidInputException.of("planId", "is retired and open to no new subscriptions");
        SubscriptionChanges.requireWithinAYear(command.startDate(), today, "startDate");
        LocalDate commitmentEnds = plan.kind() == PlanKind.RENTAL
                ? command.startDate().plusMonths(plan.rentalTerms().commitmentMonths()) : null;
        Subscription subscription = Subscription.start(userId, plan.shopId(), plan.id(), plan.kind(), command.quantity(),
                command.address(), command.startDate(), commitmentEnds, changes.calendar.now());
        changes.subscriptions.add(subscription, plan.price());
        List<Delivery> planned = changes.planner.nextDeliveries(subscription, plan, -1, 0, today, Set.of());
        changes.deliveries.add(planned);
        changes.record(List.of(new SubscriptionCreated(subscription, changes.calendar.now())), planned);
        List<JobRequest> due = new ArrayList<>();
        SubscriptionChanges.nextToDispatch(planned).ifPresent(next -> due.add(changes.jobs.dispatch(next)));
        if (subscription.isRental()) due.add(SubscriptionJobs.rentalEnd(subscription));
        changes.scheduler.schedule(due);
        if (subscription.isRental()) changes.billing.startRentalFees(subscription, 1);
        changes.billing.billSoonIfDue(subscription, planned);
        return subscription;
    }
}

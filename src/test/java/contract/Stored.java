package contract;

import domain.catalog.DeliveryCycle;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.PlanStatus;
import domain.catalog.RentalTerms;
import domain.catalog.ShopId;
import domain.delivery.Delivery;
import domain.delivery.DeliveryState;
import domain.delivery.SkipReason;
import domain.shared.Money;
import domain.subscription.Subscription;
import domain.wallet.FundingKind;
import domain.wallet.FundingSource;
import domain.wallet.TopUp;
import java.time.DayOfWeek;
import java.util.UUID;

/** The records {@link Surroundings} store, made the same way for every store. */
public final class Stored {
    private Stored() {
    }

    public static Plan plan(ShopId shop, UUID productId, PlanKind kind) {
        return kind == PlanKind.RENTAL
                ? new Plan(UUID.randomUUID(), shop, productId, "water purifier rental", kind, null, null,
                        new RentalTerms(Money.won(29_900), 12, Money.won(150_000)), PlanStatus.ACTIVE, Surroundings.AT)
                : new Plan(UUID.randomUUID(), shop, productId, "water every week", kind, Money.won(9_900),
                        new DeliveryCycle.Weekly(1, DayOfWeek.WEDNESDAY), null, PlanStatus.ACTIVE, Surroundings.AT);
    }

    public static Subscription subscription(String userId, Plan plan) {
        return Subscription.start(userId, plan.shopId(), plan.id(), plan.kind(), 1, Surroundings.ADDRESS, Surroundings.FIRST_DAY,
                plan.kind() == PlanKind.RENTAL ? Surroundings.FIRST_DAY.plusMonths(12) : null, Surroundings.AT);
    }

    public static Delivery delivery(Subscription s, int cycle) {
        return Delivery.scheduled(s.id(), s.userId(), s.shopId(), s.planId(), cycle, Surroundings.FIRST_DAY.plusWeeks(cycle),
                s.quantity(), s.address());
    }

    /** The delivery as it would be in that state (a cancelled one as unpaid). */
    public static Delivery in(Delivery d, DeliveryState state) {
        return new Delivery(d.id(), d.subscriptionId(), d.userId(), d.shopId(), d.planId(), d.cycleNumber(), d.originalDate(), d.date(),
                d.quantity(), d.address(), state, state == DeliveryState.CANCELLED ? SkipReason.UNPAID : null, null, null, d.version());
    }

    public static TopUp topUp(FundingSource source) {
        return TopUp.requested(source.userId(), source, 50_000, false, null, Surroundings.AT).succeeded("capture-1", Surroundings.AT);
    }

    public static FundingSource card(String userId) {
        return new FundingSource(UUID.randomUUID(), userId, FundingKind.CARD, "token-" + UUID.randomUUID(), "4242", false,
                Surroundings.AT, null);
    }
}

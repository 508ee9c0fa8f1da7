package domain.catalog;

import domain.shared.Money;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.util.UUID;

/**
 * A subscription plan a shop offers for one of its products. A regular-delivery plan has a
 * delivery cycle and a price per delivery; a rental has rental terms and one delivery at the start.
 */
public record Plan(UUID id, ShopId shopId, UUID productId, String name, PlanKind kind,
                   Money pricePerDelivery, DeliveryCycle cycle, RentalTerms rentalTerms,
                   PlanStatus status, Instant createdAt) {

    public Plan {
        if (kind == PlanKind.REGULAR_DELIVERY && (cycle == null || pricePerDelivery == null)) {
            throw new IllegalArgumentException("a regular-delivery plan needs a cycle and a price");
        }
        if (kind == PlanKind.RENTAL && rentalTerms == null) {
            throw new IllegalArgumentException("a rental plan needs rental terms");
        }
    }

    public boolean isActive() {
        return status == PlanStatus.ACTIVE;
    }

    /**
     * What a subscription that takes the plan now pays for one item: per delivery, or per month of a rental. A
     * subscription keeps the price it took (and the price of each plan it changed to, when it changed).
     */
    public long price() {
        return kind == PlanKind.RENTAL ? rentalTerms.monthlyFee().amount() : pricePerDelivery.amount();
    }

    /** A new name and price, for new subscriptions only. */
    public Plan change(String newName, Money newPrice) {
        if (!isActive()) throw new StateConflictException("plan", status.name(), "change");
        return kind == PlanKind.RENTAL
                ? new Plan(id, shopId, productId, newName, kind, null, cycle,
                        new RentalTerms(newPrice, rentalTerms.commitmentMonths(), rentalTerms.earlyTerminationFee()), status, createdAt)
                : new Plan(id, shopId, productId, newName, kind, newPrice, cycle, null, status, createdAt);
    }

    public Plan retire() {
        if (!isActive()) throw new StateConflictException("plan", status.name(), "retire");
        return new Plan(id, shopId, productId, name, kind, pricePerDelivery, cycle, rentalTerms, PlanStatus.RETIRED, createdAt);
    }
}

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

    public Plan retire() {
        if (!isActive()) throw new StateConflictException("plan", status.name(), "retire");
        return new Plan(id, shopId, productId, name, kind, pricePerDelivery, cycle, rentalTerms, PlanStatus.RETIRED, createdAt);
    }
}

package domain.billing;

import domain.catalog.ShopId;
import java.time.LocalDate;
import java.util.UUID;

/** A delivery to charge: who pays whom how much (the plan's price times the quantity), and how many attempts failed so far. */
public record DueCharge(UUID deliveryId, UUID subscriptionId, String userId, ShopId shopId, LocalDate date, long amount,
                        int failedAttempts) {

    String reference() {
        return "delivery " + deliveryId;
    }
}

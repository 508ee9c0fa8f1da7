package domain.catalog;

import domain.shared.Money;
import domain.shared.StateConflictException;
import java.time.Instant;
import java.util.UUID;

/** Something a shop sells: coffee beans, bottled water, a water purifier. Its shop edits it, and may retire it. */
public record Product(UUID id, ShopId shopId, String name, String description, Money unitPrice, ProductDetails details,
                      ProductStatus status, Instant createdAt) {

    public boolean isActive() {
        return status == ProductStatus.ACTIVE;
    }

    public Product edit(String newName, String newDescription, ProductDetails newDetails) {
        if (!isActive()) throw new StateConflictException("product", status.name(), "edit");
        return new Product(id, shopId, newName, newDescription, unitPrice, newDetails, status, createdAt);
    }

    public Product retire() {
        if (!isActive()) throw new StateConflictException("product", status.name(), "retire");
        return new Product(id, shopId, name, description, unitPrice, details, ProductStatus.RETIRED, createdAt);
    }
}

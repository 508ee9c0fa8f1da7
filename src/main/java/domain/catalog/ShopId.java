package domain.catalog;

import java.util.UUID;

public record ShopId(UUID value) {
    public ShopId {
        java.util.Objects.requireNonNull(value);
    }

    public static ShopId random() { return new ShopId(UUID.randomUUID()); }

    @Override public String toString() { return value.toString(); }
}

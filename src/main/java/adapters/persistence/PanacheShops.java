package adapters.persistence;

import domain.catalog.Shop;
import domain.catalog.ShopId;
import domain.catalog.Shops;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PanacheShops implements Shops {

    @Override
    public void add(Shop shop) {
        ShopEntity e = new ShopEntity();
        e.id = shop.id().value();
        e.name = shop.name();
        e.registeredAt = shop.registeredAt();
        e.persistAndFlush(); // its first API key is written in plain JDBC right after, and refers to it
    }

    @Override
    public Optional<Shop> byId(ShopId id) {
        return ShopEntity.<ShopEntity>findByIdOptional(id.value()).map(PanacheShops::toDomain);
    }

    @Override
    public Page<Shop> list(PageRequest page) {
        List<ShopEntity> rows;
        if (page.after() == null) {
            rows = ShopEntity.<ShopEntity>find("order by registeredAt, id").range(0, page.limit()).list();
        } else {
            Cursor c = Cursor.decode(page.after());
            Instant at = c.instant();
            rows = ShopEntity.<ShopEntity>find("registeredAt > ?1 or (registeredAt = ?1 and id > ?2) order by registeredAt, id",
                    at, c.id()).range(0, page.limit()).list();
        }
        return Paging.page(rows, page, e -> e.registeredAt.toString(), e -> e.id, PanacheShops::toDomain);
    }

    private static Shop toDomain(ShopEntity e) {
        return new Shop(new ShopId(e.id), e.name, e.registeredAt);
    }
}

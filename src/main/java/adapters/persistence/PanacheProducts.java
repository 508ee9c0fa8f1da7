package adapters.persistence;

import domain.catalog.Product;
import domain.catalog.Products;
import domain.catalog.ShopId;
import domain.shared.Money;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PanacheProducts implements Products {

    @Override
    public void add(Product product) {
        ProductEntity e = new ProductEntity();
        e.id = product.id();
        e.shopId = product.shopId().value();
        e.name = product.name();
        e.description = product.description();
        e.unitPrice = product.unitPrice().amount();
        e.currency = product.unitPrice().currency();
        e.createdAt = product.createdAt();
        e.persist();
    }

    @Override
    public Optional<Product> byId(UUID id) {
        return ProductEntity.<ProductEntity>findByIdOptional(id).map(PanacheProducts::toDomain);
    }

    @Override
    public Page<Product> ofShop(ShopId shop, PageRequest page) {
        List<ProductEntity> rows;
        if (page.after() == null) {
            rows = ProductEntity.<ProductEntity>find("shopId = ?1 order by createdAt, id", shop.value())
                    .range(0, page.limit()).list();
        } else {
            Cursor c = Cursor.decode(page.after());
            Instant at = c.instant();
            rows = ProductEntity.<ProductEntity>find(
                    "shopId = ?1 and (createdAt > ?2 or (createdAt = ?2 and id > ?3)) order by createdAt, id",
                    shop.value(), at, c.id()).range(0, page.limit()).list();
        }
        return Paging.page(rows, page, e -> e.createdAt.toString(), e -> e.id, PanacheProducts::toDomain);
    }

    private static Product toDomain(ProductEntity e) {
        return new Product(e.id, new ShopId(e.shopId), e.name, e.description, new Money(e.unitPrice, e.currency), e.createdAt);
    }
}

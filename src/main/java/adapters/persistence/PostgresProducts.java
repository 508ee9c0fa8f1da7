package adapters.persistence;

import domain.catalog.Category;
import domain.catalog.Product;
import domain.catalog.ProductDetails;
import domain.catalog.ProductStatus;
import domain.catalog.Products;
import domain.catalog.Region;
import domain.catalog.ShopId;
import domain.shared.Money;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Products in plain JDBC; tags, image URLs and regions are text arrays in their row. */
@ApplicationScoped
public class PostgresProducts implements Products {
    private static final String COLUMNS = "SELECT id, shop_id, name, description, unit_price, currency, category, tags, "
            + "image_urls, regions, status, created_at FROM products ";
    private final Sql sql;

    PostgresProducts(DataSource dataSource) {
        this.sql = new Sql(dataSource, "product");
    }

    @Override
    public void add(Product product) {
        sql.update("""
                INSERT INTO products (id, shop_id, name, description, unit_price, currency, category, tags, image_urls,
                  regions, status, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, product.id());
            s.setObject(2, product.shopId().value());
            s.setString(3, product.name());
            s.setString(4, product.description());
            s.setLong(5, product.unitPrice().amount());
            s.setString(6, product.unitPrice().currency());
            bindDetails(s, 7, product);
            s.setObject(12, Sql.utc(product.createdAt()));
        });
    }

    @Override
    public void update(Product product) {
        sql.update("""
                UPDATE products SET name = ?, description = ?, category = ?, tags = ?, image_urls = ?, regions = ?, status = ?
                WHERE id = ?""", s -> {
            s.setString(1, product.name());
            s.setString(2, product.description());
            bindDetails(s, 3, product);
            s.setObject(8, product.id());
        });
    }

    /** category, tags, image_urls, regions and status, from {@code first} on. */
    private static void bindDetails(PreparedStatement s, int first, Product product) throws SQLException {
        ProductDetails details = product.details();
        s.setString(first, details.category() == null ? null : details.category().code());
        s.setArray(first + 1, textArray(s, details.tags()));
        s.setArray(first + 2, textArray(s, details.imageUrls()));
        s.setArray(first + 3, textArray(s, details.regions().stream().map(Region::code).toList()));
        s.setString(first + 4, product.status().name());
    }

    private static Array textArray(PreparedStatement s, List<String> values) throws SQLException {
        return s.getConnection().createArrayOf("text", values.toArray());
    }

    @Override
    public Optional<Product> byId(UUID id) {
        return sql.one(COLUMNS + "WHERE id = ?", s -> s.setObject(1, id), PostgresProducts::row);
    }

    @Override
    public Optional<Product> lockById(UUID id) {
        return sql.one(COLUMNS + "WHERE id = ? FOR UPDATE", s -> s.setObject(1, id), PostgresProducts::row);
    }

    @Override
    public Page<Product> ofShop(ShopId shop, PageRequest page) {
        List<Product> rows;
        if (page.after() == null) {
            rows = sql.list(COLUMNS + "WHERE shop_id = ? ORDER BY created_at, id LIMIT ?", s -> {
                s.setObject(1, shop.value());
                s.setInt(2, page.limit() + 1);
            }, PostgresProducts::row);
        } else {
            Cursor c = Cursor.decode(page.after());
            rows = sql.list(COLUMNS + "WHERE shop_id = ? AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?", s -> {
                s.setObject(1, shop.value());
                s.setObject(2, Sql.utc(c.instant()));
                s.setObject(3, c.id());
                s.setInt(4, page.limit() + 1);
            }, PostgresProducts::row);
        }
        return Paging.page(rows, page, p -> p.createdAt().toString(), Product::id, p -> p);
    }

    private static Product row(ResultSet row) throws SQLException {
        String category = row.getString("category");
        ProductDetails details = new ProductDetails(category == null ? null : new Category(category),
                strings(row, "tags"), strings(row, "image_urls"), strings(row, "regions").stream().map(Region::new).toList());
        return new Product(row.getObject("id", UUID.class), new ShopId(row.getObject("shop_id", UUID.class)),
                row.getString("name"), row.getString("description"),
                new Money(row.getLong("unit_price"), row.getString("currency").strip()), details,
                ProductStatus.valueOf(row.getString("status")), Sql.instant(row, "created_at"));
    }

    private static List<String> strings(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

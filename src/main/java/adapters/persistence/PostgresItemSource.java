package adapters.persistence;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.ItemSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plans on offer and partners' content as classifiable items. A plan is read with its product: the title is the
 * product's name and the plan's, the body the product's description, the price what a new subscriber pays (per
 * delivery, or a rental's month); a retired plan, or a plan of a retired product, is gone. A content item is its
 * latest version in {@code content_items}; a deleted one is gone.
 */
@ApplicationScoped
public class PostgresItemSource implements ItemSource {
    private static final String PLANS = """
            SELECT p.id, pr.name AS product_name, p.name AS plan_name, pr.description, pr.category, pr.tags,
              cardinality(pr.image_urls) AS images, coalesce(p.price, p.monthly_fee) AS price, pr.regions, p.shop_id, p.kind, p.created_at
            FROM plans p JOIN products pr ON pr.id = p.product_id
            WHERE p.status = 'ACTIVE' AND pr.status = 'ACTIVE'
            """;
    private static final String CONTENT = """
            SELECT item_key, title, body, category, tags, images, price, regions, received_at FROM content_items
            """;
    private final Sql sql;

    PostgresItemSource(DataSource dataSource) {
        this.sql = new Sql(dataSource, "classifiable item");
    }

    @Override
    public Map<ItemKey, Item> current(Collection<ItemKey> keys) {
        Map<ItemKey, Item> found = new HashMap<>();
        List<UUID> plans = keys.stream().filter(k -> k.kind() == ItemKind.PLAN).map(k -> uuid(k.id())).filter(java.util.Objects::nonNull).toList();
        if (!plans.isEmpty()) {
            for (Item item : sql.list(PLANS + " AND p.id = ANY (?)", s -> s.setArray(1, s.getConnection().createArrayOf("uuid", plans.toArray())),
                    PostgresItemSource::plan)) {
                found.put(item.key(), item);
            }
        }
        Object[] content = keys.stream().filter(k -> k.kind() == ItemKind.CONTENT).map(ItemKey::value).toArray();
        if (content.length > 0) {
            for (Item item : sql.list(CONTENT + " WHERE item_key = ANY (?)", s -> s.setArray(1, s.getConnection().createArrayOf("text", content)),
                    PostgresItemSource::content)) {
                found.put(item.key(), item);
            }
        }
        return found;
    }

    @Override
    public List<ItemKey> plansOf(UUID productId) {
        return sql.list("SELECT id FROM plans WHERE product_id = ? ORDER BY id", s -> s.setObject(1, productId),
                row -> new ItemKey(ItemKind.PLAN, row.getObject(1, UUID.class).toString()));
    }

    @Override
    public List<Item> all(ItemKey after, int limit) {
        if (after == null || after.kind() == ItemKind.PLAN) { // the plans first, then the content
            UUID from = after == null ? null : uuid(after.id());
            List<Item> plans = sql.list(PLANS + " AND p.id > ? ORDER BY p.id LIMIT ?", s -> {
                s.setObject(1, from == null ? new UUID(0, 0) : from);
                s.setInt(2, limit);
            }, PostgresItemSource::plan);
            if (!plans.isEmpty()) return plans;
        }
        String from = after == null || after.kind() != ItemKind.CONTENT ? "" : after.value();
        return sql.list(CONTENT + " WHERE item_key > ? ORDER BY item_key LIMIT ?", s -> {
            s.setString(1, from);
            s.setInt(2, limit);
        }, PostgresItemSource::content);
    }

    private static Item content(ResultSet row) throws SQLException {
        String category = row.getString("category");
        return new Item(ItemKey.parse(row.getString("item_key")), row.getString("title"), row.getString("body"),
                category == null ? null : new Category(category), strings(row.getArray("tags")), row.getInt("images"),
                Sql.nullableLong(row, "price"), strings(row.getArray("regions")).stream().map(Region::new).toList(),
                null, null, null, null, List.of(), Sql.instant(row, "received_at"));
    }

    private static Item plan(ResultSet row) throws SQLException {
        String category = row.getString("category");
        String description = row.getString("description");
        return new Item(new ItemKey(ItemKind.PLAN, row.getObject("id", UUID.class).toString()),
                row.getString("product_name") + " " + row.getString("plan_name"), description,
                category == null ? null : new Category(category), strings(row.getArray("tags")), row.getInt("images"),
                row.getLong("price"), strings(row.getArray("regions")).stream().map(Region::new).toList(),
                row.getObject("shop_id", UUID.class), PlanKind.valueOf(row.getString("kind")), null, null, List.of(),
                Sql.instant(row, "created_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

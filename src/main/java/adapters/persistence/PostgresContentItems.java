package adapters.persistence;

import domain.catalog.Region;
import domain.classification.ContentItem;
import domain.classification.ContentItems;
import domain.classification.ItemKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Partners' content items in {@code content_items}, one row per item (its latest version: a version older than the
 * one kept, stored late by a batch retried after its partitions moved, changes nothing).
 */
@ApplicationScoped
public class PostgresContentItems implements ContentItems {
    private static final String UPSERT = """
            INSERT INTO content_items (item_key, source, id, title, body, category, tags, images, price, regions, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (item_key) DO UPDATE SET title = excluded.title, body = excluded.body, category = excluded.category,
              tags = excluded.tags, images = excluded.images, price = excluded.price, regions = excluded.regions,
              received_at = excluded.received_at
            WHERE content_items.received_at <= excluded.received_at
            """;
    private final Sql sql;

    PostgresContentItems(DataSource dataSource) {
        this.sql = new Sql(dataSource, "content item");
    }

    @Override
    public void put(List<ContentItem> items) {
        sql.execute(UPSERT, statement -> {
            for (ContentItem item : items) {
                statement.setString(1, item.key().value());
                statement.setString(2, item.source());
                statement.setString(3, item.id());
                statement.setString(4, item.title());
                statement.setString(5, item.body());
                statement.setString(6, item.details().category() == null ? null : item.details().category().code());
                statement.setArray(7, statement.getConnection().createArrayOf("text", item.details().tags().toArray()));
                statement.setInt(8, item.details().imageCount());
                statement.setObject(9, item.price());
                statement.setArray(10, statement.getConnection().createArrayOf("text",
                        item.details().regions().stream().map(Region::code).toArray()));
                statement.setObject(11, Sql.utc(item.receivedAt()));
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    @Override
    public void remove(Collection<ItemKey> keys) {
        sql.update("DELETE FROM content_items WHERE item_key = ANY (?)",
                s -> s.setArray(1, s.getConnection().createArrayOf("text", keys.stream().map(ItemKey::value).toArray())));
    }
}

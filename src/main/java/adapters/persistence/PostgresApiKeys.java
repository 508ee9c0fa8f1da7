package adapters.persistence;

import domain.catalog.ApiKey;
import domain.catalog.ApiKeys;
import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Shops' API keys in PostgreSQL, by hash; a revoked key stays, with when it was revoked. */
@ApplicationScoped
public class PostgresApiKeys implements ApiKeys {
    private static final String COLUMNS = "id, shop_id, name, prefix, key_hash, created_at, last_used_at, revoked_at";
    private final Sql sql;

    PostgresApiKeys(DataSource dataSource) {
        this.sql = new Sql(dataSource, "API key");
    }

    @Override
    public void add(ApiKey key) {
        sql.update("INSERT INTO shop_api_keys (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, key.id());
            s.setObject(2, key.shop().value());
            s.setString(3, key.name());
            s.setString(4, key.prefix());
            s.setString(5, key.hash());
            s.setObject(6, Sql.utc(key.createdAt()));
            s.setObject(7, Sql.utc(key.lastUsedAt()));
            s.setObject(8, Sql.utc(key.revokedAt()));
        });
    }

    @Override
    public Optional<ApiKey> activeByHash(String hash) {
        return sql.one("SELECT " + COLUMNS + " FROM shop_api_keys WHERE key_hash = ? AND revoked_at IS NULL",
                s -> s.setString(1, hash), PostgresApiKeys::key);
    }

    @Override
    public Optional<ApiKey> byId(ShopId shop, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM shop_api_keys WHERE id = ? AND shop_id = ?", s -> {
            s.setObject(1, id);
            s.setObject(2, shop.value());
        }, PostgresApiKeys::key);
    }

    @Override
    public Page<ApiKey> activeOf(ShopId shop, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<ApiKey> rows = sql.list("SELECT " + COLUMNS + " FROM shop_api_keys WHERE shop_id = ? AND revoked_at IS NULL"
                + " AND (?::timestamptz IS NULL OR (created_at, id) > (?, ?)) ORDER BY created_at, id LIMIT ?", s -> {
            s.setObject(1, shop.value());
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, PostgresApiKeys::key);
        return Paging.page(rows, page, key -> key.createdAt().toString(), ApiKey::id, key -> key);
    }

    @Override
    public Optional<Integer> lockShopAndCountActive(ShopId shop) {
        // NO KEY UPDATE: issuing and revoking take turns per shop without blocking the foreign-key checks of rows
        // inserted for the shop meanwhile (a billing batch's payments, a new plan), which take KEY SHARE locks.
        boolean exists = sql.one("SELECT id FROM shops WHERE id = ? FOR NO KEY UPDATE", s -> s.setObject(1, shop.value()), row -> true)
                .isPresent();
        if (!exists) return Optional.empty();
        return sql.one("SELECT count(*) FROM shop_api_keys WHERE shop_id = ? AND revoked_at IS NULL",
                s -> s.setObject(1, shop.value()), row -> row.getInt(1));
    }

    @Override
    public void revoke(UUID id, Instant at) {
        sql.update("UPDATE shop_api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", s -> {
            s.setObject(1, Sql.utc(at));
            s.setObject(2, id);
        });
    }

    @Override
    public void used(UUID id, Instant at) {
        // At most one write a minute per key: a busy key would otherwise write a row version per request.
        sql.update("UPDATE shop_api_keys SET last_used_at = ? WHERE id = ? AND revoked_at IS NULL"
                + " AND (last_used_at IS NULL OR last_used_at < ? - interval '1 minute')", s -> {
            s.setObject(1, Sql.utc(at));
            s.setObject(2, id);
            s.setObject(3, Sql.utc(at));
        });
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        return new ApiKey(row.getObject("id", UUID.class), new ShopId(row.getObject("shop_id", UUID.class)), row.getString("name"),
                row.getString("prefix"), row.getString("key_hash"), Sql.instant(row, "created_at"),
                Sql.instant(row, "last_used_at"), Sql.instant(row, "revoked_at"));
    }
}

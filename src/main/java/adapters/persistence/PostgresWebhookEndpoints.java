package adapters.persistence;

import domain.catalog.ShopId;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.webhook.DisabledReason;
import domain.webhook.EndpointStatus;
import domain.webhook.WebhookEndpoint;
import domain.webhook.WebhookEndpoints;
import domain.webhook.WebhookRoute;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Webhook endpoints in PostgreSQL ({@code webhook_endpoints}), their secrets encrypted by {@link SecretCipher}. */
@ApplicationScoped
public class PostgresWebhookEndpoints implements WebhookEndpoints {
    private static final String COLUMNS = "id, shop_id, url, event_types, description, status, disabled_reason, secret, "
            + "previous_secret, previous_secret_until, created_at, updated_at, failing_since";
    private final Sql sql;
    private final SecretCipher cipher;

    PostgresWebhookEndpoints(DataSource dataSource, SecretCipher cipher) {
        this.sql = new Sql(dataSource, "webhook endpoint");
        this.cipher = cipher;
    }

    @Override
    public void add(WebhookEndpoint e) {
        sql.update("INSERT INTO webhook_endpoints (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, e.id());
            s.setObject(2, e.shop().value());
            bindSettings(s, e, 3);
        });
    }

    @Override
    public void update(WebhookEndpoint e) {
        sql.update("UPDATE webhook_endpoints SET url = ?, event_types = ?, description = ?, status = ?, disabled_reason = ?, "
                + "secret = ?, previous_secret = ?, previous_secret_until = ?, created_at = ?, updated_at = ?, failing_since = ? WHERE id = ? AND shop_id = ?", s -> {
            int next = bindSettings(s, e, 1);
            s.setObject(next, e.id());
            s.setObject(next + 1, e.shop().value());
        });
    }

    /** Binds url … updated_at from {@code first} on; answers the next parameter's index. */
    private int bindSettings(PreparedStatement s, WebhookEndpoint e, int first) throws SQLException {
        int p = first;
        s.setString(p++, e.url());
        s.setArray(p++, s.getConnection().createArrayOf("text", e.eventTypes().stream().sorted().toArray()));
        s.setString(p++, e.description());
        s.setString(p++, e.status().name());
        s.setString(p++, e.disabledReason() == null ? null : e.disabledReason().name());
        s.setString(p++, cipher.encrypt(e.secret(), e.id().toString()));
        s.setString(p++, e.previousSecret() == null ? null : cipher.encrypt(e.previousSecret(), e.id().toString()));
        s.setObject(p++, Sql.utc(e.previousSecretUntil()));
        s.setObject(p++, Sql.utc(e.createdAt()));
        s.setObject(p++, Sql.utc(e.updatedAt()));
        s.setObject(p++, Sql.utc(e.failingSince()));
        return p;
    }

    @Override
    public void remove(ShopId shop, UUID id) {
        sql.update("DELETE FROM webhook_endpoints WHERE id = ? AND shop_id = ?", s -> {
            s.setObject(1, id);
            s.setObject(2, shop.value());
        });
    }

    @Override
    public Optional<WebhookEndpoint> byId(ShopId shop, UUID id) {
        return one("", shop, id);
    }

    @Override
    public Optional<WebhookEndpoint> lock(ShopId shop, UUID id) {
        return one(" FOR UPDATE", shop, id);
    }

    @Override
    public Optional<WebhookEndpoint> byId(UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = ?", s -> s.setObject(1, id), this::endpoint);
    }

    @Override
    public void updateFailingSince(WebhookEndpoint e) {
        sql.update("UPDATE webhook_endpoints SET failing_since = ? WHERE id = ?", s -> {
            s.setObject(1, Sql.utc(e.failingSince()));
            s.setObject(2, e.id());
        });
    }

    private Optional<WebhookEndpoint> one(String locking, ShopId shop, UUID id) {
        return sql.one("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE id = ? AND shop_id = ?" + locking, s -> {
            s.setObject(1, id);
            s.setObject(2, shop.value());
        }, this::endpoint);
    }

    @Override
    public Page<WebhookEndpoint> ofShop(ShopId shop, PageRequest page) {
        Cursor after = page.after() == null ? null : Cursor.decode(page.after());
        Instant afterTime = after == null ? null : after.instant();
        List<WebhookEndpoint> rows = sql.list("SELECT " + COLUMNS + " FROM webhook_endpoints WHERE shop_id = ?"
                + " AND (?::timestamptz IS NULL OR (created_at, id) > (?, ?)) ORDER BY created_at, id LIMIT ?", s -> {
            s.setObject(1, shop.value());
            s.setObject(2, Sql.utc(afterTime));
            s.setObject(3, Sql.utc(afterTime));
            s.setObject(4, after == null ? null : after.id());
            s.setInt(5, page.limit() + 1);
        }, this::endpoint);
        return Paging.page(rows, page, e -> e.createdAt().toString(), WebhookEndpoint::id, e -> e);
    }

    @Override
    public List<WebhookRoute> routesOf(ShopId shop) {
        return sql.list("SELECT id, event_types FROM webhook_endpoints WHERE shop_id = ? AND status = 'ENABLED' ORDER BY created_at, id",
                s -> s.setObject(1, shop.value()), row -> new WebhookRoute(row.getObject("id", UUID.class),
                        Set.copyOf(Arrays.asList((String[]) row.getArray("event_types").getArray()))));
    }

    @Override
    public Optional<Integer> lockShopAndCount(ShopId shop) {
        // NO KEY UPDATE, as for API keys: rows inserted for the shop meanwhile take KEY SHARE locks and go on.
        boolean exists = sql.one("SELECT id FROM shops WHERE id = ? FOR NO KEY UPDATE", s -> s.setObject(1, shop.value()), row -> true)
                .isPresent();
        if (!exists) return Optional.empty();
        return sql.one("SELECT count(*) FROM webhook_endpoints WHERE shop_id = ?", s -> s.setObject(1, shop.value()), row -> row.getInt(1));
    }

    private WebhookEndpoint endpoint(ResultSet row) throws SQLException {
        UUID id = row.getObject("id", UUID.class);
        Array types = row.getArray("event_types");
        String reason = row.getString("disabled_reason");
        String previous = row.getString("previous_secret");
        return new WebhookEndpoint(id, new ShopId(row.getObject("shop_id", UUID.class)), row.getString("url"),
                Set.copyOf(Arrays.asList((String[]) types.getArray())), row.getString("description"),
                EndpointStatus.valueOf(row.getString("status")), reason == null ? null : DisabledReason.valueOf(reason),
                cipher.decrypt(row.getString("secret"), id.toString()),
                previous == null ? null : cipher.decrypt(previous, id.toString()),
                Sql.instant(row, "previous_secret_until"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                Sql.instant(row, "failing_since"));
    }
}

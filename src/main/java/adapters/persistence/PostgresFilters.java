package adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.Filter;
import domain.classification.FilterLanguage;
import domain.classification.FilterOwnership;
import domain.classification.FilterPurpose;
import domain.classification.Filters;
import domain.classification.ItemKind;
import domain.classification.TextAnalyzer;
import domain.shared.ConcurrentUpdateException;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/** Filters in plain JDBC; the condition is stored as the filter language's JSON. */
@ApplicationScoped
public class PostgresFilters implements Filters {
    private static final String COLUMNS = "SELECT id, purpose, owner, name, subject, condition, version, created_at, updated_at FROM filters ";
    /** What is stored was checked when it was written: reading it back takes every word as it is. */
    private static final TextAnalyzer AS_WRITTEN = text -> List.of(text);
    private final Sql sql;
    private final ObjectMapper json;

    PostgresFilters(DataSource dataSource, ObjectMapper json) {
        this.sql = new Sql(dataSource, "filter");
        this.json = json;
    }

    @Override
    public void add(Filter f) {
        sql.update("INSERT INTO filters (id, purpose, owner, name, subject, condition, version, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)", s -> {
            s.setObject(1, f.id());
            s.setString(2, f.purpose().name());
            s.setString(3, f.owner());
            s.setString(4, f.name());
            s.setString(5, f.subject().name());
            s.setString(6, write(f));
            s.setLong(7, f.version());
            s.setObject(8, Sql.utc(f.createdAt()));
            s.setObject(9, Sql.utc(f.updatedAt()));
        });
    }

    @Override
    public void update(Filter f) {
        int updated = sql.update("UPDATE filters SET name = ?, condition = ?::jsonb, version = ?, updated_at = ? WHERE id = ? AND version = ?", s -> {
            s.setString(1, f.name());
            s.setString(2, write(f));
            s.setLong(3, f.version());
            s.setObject(4, Sql.utc(f.updatedAt()));
            s.setObject(5, f.id());
            s.setLong(6, f.version() - 1);
        });
        if (updated != 1) throw new ConcurrentUpdateException("filter", f.id());
    }

    @Override
    public void remove(UUID id) {
        sql.update("DELETE FROM filters WHERE id = ?", s -> s.setObject(1, id));
    }

    @Override
    public Optional<Filter> byId(UUID id) {
        return sql.one(COLUMNS + "WHERE id = ?", s -> s.setObject(1, id), this::row);
    }

    @Override
    public Map<UUID, Filter> byIds(Collection<UUID> ids) {
        Map<UUID, Filter> found = new HashMap<>();
        if (ids.isEmpty()) return found;
        for (Filter f : sql.list(COLUMNS + "WHERE id = ANY (?)", s -> s.setArray(1, s.getConnection().createArrayOf("uuid", ids.toArray())),
                this::row)) {
            found.put(f.id(), f);
        }
        return found;
    }

    @Override
    public Map<UUID, FilterOwnership> ownershipsOf(Collection<UUID> ids) {
        Map<UUID, FilterOwnership> found = new HashMap<>();
        if (ids.isEmpty()) return found;
        for (FilterOwnership f : sql.list("SELECT id, purpose, owner FROM filters WHERE id = ANY (?)",
                s -> s.setArray(1, s.getConnection().createArrayOf("uuid", ids.toArray())),
                row -> new FilterOwnership(row.getObject(1, UUID.class), FilterPurpose.valueOf(row.getString(2)), row.getString(3)))) {
            found.put(f.id(), f);
        }
        return found;
    }

    @Override
    public Page<Filter> of(FilterPurpose purpose, String owner, PageRequest page) {
        List<Filter> rows;
        if (page.after() == null) {
            rows = sql.list(COLUMNS + "WHERE purpose = ? AND owner = ? ORDER BY created_at, id LIMIT ?", s -> {
                s.setString(1, purpose.name());
                s.setString(2, owner);
                s.setInt(3, page.limit() + 1);
            }, this::row);
        } else {
            Cursor c = Cursor.decode(page.after());
            rows = sql.list(COLUMNS + "WHERE purpose = ? AND owner = ? AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?", s -> {
                s.setString(1, purpose.name());
                s.setString(2, owner);
                s.setObject(3, Sql.utc(c.instant()));
                s.setObject(4, c.id());
                s.setInt(5, page.limit() + 1);
            }, this::row);
        }
        return Paging.page(rows, page, f -> f.createdAt().toString(), Filter::id, f -> f);
    }

    @Override
    public int countOf(FilterPurpose purpose, String owner) {
        return sql.one("SELECT count(*) FROM filters WHERE purpose = ? AND owner = ?", s -> {
            s.setString(1, purpose.name());
            s.setString(2, owner);
        }, row -> row.getInt(1)).orElse(0);
    }

    @Override
    public List<Filter> all(UUID after, int limit) {
        return sql.list(COLUMNS + "WHERE id > ? ORDER BY id LIMIT ?", s -> {
            s.setObject(1, after == null ? new UUID(0, 0) : after);
            s.setInt(2, limit);
        }, this::row);
    }

    private String write(Filter f) {
        try {
            return json.writeValueAsString(FilterLanguage.write(f.condition()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Filter row(ResultSet row) throws SQLException {
        ItemKind subject = ItemKind.valueOf(row.getString("subject"));
        Object tree;
        try {
            tree = json.readValue(row.getString("condition"), Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("filter " + row.getString("id") + " holds no JSON", e);
        }
        return new Filter(row.getObject("id", UUID.class), FilterPurpose.valueOf(row.getString("purpose")), row.getString("owner"),
                row.getString("name"), subject, FilterLanguage.read(tree, subject, AS_WRITTEN), row.getLong("version"),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}

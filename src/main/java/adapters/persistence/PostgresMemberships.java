package adapters.persistence;

import domain.classification.ItemKey;
import domain.classification.Memberships;
import domain.shared.Page;
import domain.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import javax.sql.DataSource;

/** Pools' members and alerts' matches in plain JDBC: a batch of (filter, item) pairs per statement, as two arrays side by side. */
@ApplicationScoped
public class PostgresMemberships implements Memberships {
    private final Sql sql;

    PostgresMemberships(DataSource dataSource) {
        this.sql = new Sql(dataSource, "membership");
    }

    @Override
    public Map<ItemKey, Set<UUID>> lockPoolsOf(Collection<ItemKey> items) {
        Map<ItemKey, Set<UUID>> pools = new HashMap<>();
        if (items.isEmpty()) return pools;
        String[] keys = new TreeSet<>(items).stream().map(ItemKey::value).toArray(String[]::new);
        sql.update("INSERT INTO classified_items (item_key) SELECT unnest(?::varchar[]) ON CONFLICT DO NOTHING",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", keys)));
        sql.list("SELECT item_key FROM classified_items WHERE item_key = ANY (?) ORDER BY item_key FOR UPDATE",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", keys)), row -> row.getString(1));
        for (Map.Entry<String, UUID> member : sql.list("SELECT item_key, filter_id FROM pool_members WHERE item_key = ANY (?)",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", keys)),
                row -> Map.entry(row.getString(1), row.getObject(2, UUID.class)))) {
            pools.computeIfAbsent(ItemKey.parse(member.getKey()), k -> new HashSet<>()).add(member.getValue());
        }
        return pools;
    }

    @Override
    public void join(Collection<Membership> joining, Instant at) {
        if (joining.isEmpty()) return;
        sql.update("INSERT INTO pool_members (filter_id, item_key, since) SELECT unnest(?::uuid[]), unnest(?::varchar[]), ?"
                + " ON CONFLICT DO NOTHING", s -> {
            setPairs(s, joining);
            s.setObject(3, Sql.utc(at));
        });
    }

    @Override
    public void leave(Collection<Membership> leaving) {
        if (leaving.isEmpty()) return;
        sql.update("DELETE FROM pool_members WHERE (filter_id, item_key) IN (SELECT unnest(?::uuid[]), unnest(?::varchar[]))",
                s -> setPairs(s, leaving));
    }

    @Override
    public Set<Membership> recordAlertMatches(Collection<Membership> matches, Instant at) {
        Set<Membership> recorded = new HashSet<>();
        if (matches.isEmpty()) return recorded;
        recorded.addAll(sql.list("""
                INSERT INTO alert_matches (filter_id, item_key, matched_at) SELECT unnest(?::uuid[]), unnest(?::varchar[]), ?
                ON CONFLICT DO NOTHING RETURNING filter_id, item_key""", s -> {
            setPairs(s, matches);
            s.setObject(3, Sql.utc(at));
        }, row -> new Membership(row.getObject(1, UUID.class), ItemKey.parse(row.getString(2)))));
        return recorded;
    }

    /** The pairs as two arrays side by side (parameters 1 and 2): one statement for any number of them. */
    private static void setPairs(java.sql.PreparedStatement s, Collection<Membership> pairs) throws java.sql.SQLException {
        s.setArray(1, s.getConnection().createArrayOf("uuid", pairs.stream().map(Membership::filter).toArray()));
        s.setArray(2, s.getConnection().createArrayOf("varchar", pairs.stream().map(m -> m.item().value()).toArray()));
    }

    @Override
    public Set<ItemKey> all(UUID filter) {
        Set<ItemKey> all = new HashSet<>();
        for (String key : sql.list("SELECT item_key FROM pool_members WHERE filter_id = ? UNION ALL"
                + " SELECT item_key FROM alert_matches WHERE filter_id = ?", s -> {
            s.setObject(1, filter);
            s.setObject(2, filter);
        }, row -> row.getString(1))) {
            all.add(ItemKey.parse(key));
        }
        return all;
    }

    @Override
    public Page<Member> page(UUID filter, PageRequest page) {
        String members = "SELECT item_key, since FROM pool_members WHERE filter_id = ? UNION ALL"
                + " SELECT item_key, matched_at FROM alert_matches WHERE filter_id = ?";
        List<Member> rows;
        if (page.after() == null) {
            rows = sql.list("SELECT * FROM (" + members + ") m ORDER BY since DESC, item_key LIMIT ?", s -> {
                s.setObject(1, filter);
                s.setObject(2, filter);
                s.setInt(3, page.limit() + 1);
            }, row -> new Member(ItemKey.parse(row.getString(1)), Sql.instant(row, "since")));
        } else {
            TimeAndKeyCursor cursor = TimeAndKeyCursor.decode(page.after());
            rows = sql.list("SELECT * FROM (" + members + ") m WHERE (since < ? OR (since = ? AND item_key > ?))"
                    + " ORDER BY since DESC, item_key LIMIT ?", s -> {
                s.setObject(1, filter);
                s.setObject(2, filter);
                s.setObject(3, Sql.utc(cursor.at()));
                s.setObject(4, Sql.utc(cursor.at()));
                s.setString(5, cursor.key().value());
                s.setInt(6, page.limit() + 1);
            }, row -> new Member(ItemKey.parse(row.getString(1)), Sql.instant(row, "since")));
        }
        boolean more = rows.size() > page.limit();
        List<Member> visible = more ? rows.subList(0, page.limit()) : rows;
        Member last = more ? visible.get(visible.size() - 1) : null;
        String next = last == null ? null : new TimeAndKeyCursor(last.since(), last.item()).encode();
        return new Page<>(List.copyOf(visible), next);
    }

    @Override
    public void forget(UUID filter) {
        sql.update("DELETE FROM pool_members WHERE filter_id = ?", s -> s.setObject(1, filter));
        // A log alert's records go with it, but for those another log alert matched too.
        sql.update("""
                DELETE FROM log_records r USING alert_matches a WHERE a.filter_id = ? AND a.item_key = r.item_key
                  AND NOT EXISTS (SELECT 1 FROM alert_matches b WHERE b.item_key = r.item_key AND b.filter_id <> ?)""", s -> {
            s.setObject(1, filter);
            s.setObject(2, filter);
        });
        sql.update("DELETE FROM alert_matches WHERE filter_id = ?", s -> s.setObject(1, filter));
    }
}

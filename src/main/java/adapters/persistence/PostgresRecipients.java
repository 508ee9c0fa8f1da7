package adapters.persistence;

import domain.notification.Recipients;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Who owns each subscription, and which accounts are closed (read from {@code subscriptions}, {@code closed_accounts}). */
@ApplicationScoped
public class PostgresRecipients implements Recipients {
    private final Sql sql;

    PostgresRecipients(DataSource dataSource) {
        this.sql = new Sql(dataSource, "recipient");
    }

    @Override
    public Map<UUID, String> ownersOf(Collection<UUID> subscriptionIds) {
        Map<UUID, String> owners = new HashMap<>();
        if (subscriptionIds.isEmpty()) return owners;
        sql.list("SELECT id, user_id FROM subscriptions WHERE id = ANY (?)",
                s -> s.setArray(1, s.getConnection().createArrayOf("uuid", subscriptionIds.toArray())),
                row -> Map.entry(row.getObject(1, UUID.class), row.getString(2))).forEach(e -> owners.put(e.getKey(), e.getValue()));
        return owners;
    }

    @Override
    public Set<String> closed(Collection<String> userIds) {
        if (userIds.isEmpty()) return Set.of();
        return new HashSet<>(sql.list("SELECT user_id FROM closed_accounts WHERE user_id = ANY (?)",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", userIds.toArray())), row -> row.getString(1)));
    }
}

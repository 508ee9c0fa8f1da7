package adapters.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.notification.Language;
import domain.notification.NotificationChannel;
import domain.notification.NotificationKind;
import domain.notification.NotificationPreferences;
import domain.notification.NotificationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The subscribers' notification preferences ({@code notification_preferences}; the channels by kind as JSON). */
@ApplicationScoped
public class PostgresNotificationSettings implements NotificationSettings {
    private static final TypeReference<Map<NotificationKind, Set<NotificationChannel>>> CHANNELS = new TypeReference<>() { };
    private final Sql sql;
    private final ObjectMapper json;

    PostgresNotificationSettings(DataSource dataSource, ObjectMapper json) {
        this.sql = new Sql(dataSource, "notification preferences");
        this.json = json;
    }

    @Override
    public Optional<NotificationPreferences> of(String userId) {
        return sql.one("SELECT user_id, language, email, channels FROM notification_preferences WHERE user_id = ?", s -> s.setString(1, userId),
                this::preferences);
    }

    @Override
    public Map<String, NotificationPreferences> ofUsers(Collection<String> userIds) {
        if (userIds.isEmpty()) return Map.of();
        Map<String, NotificationPreferences> found = new HashMap<>();
        sql.list("SELECT user_id, language, email, channels FROM notification_preferences WHERE user_id = ANY (?)",
                s -> s.setArray(1, s.getConnection().createArrayOf("varchar", userIds.toArray())), this::preferences)
                .forEach(p -> found.put(p.userId(), p));
        return found;
    }

    @Override
    public void save(NotificationPreferences preferences) {
        String channels;
        try {
            channels = json.writeValueAsString(new EnumMap<>(preferences.channels()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        sql.update("INSERT INTO notification_preferences (user_id, language, email, channels, updated_at) VALUES (?, ?, ?, ?::jsonb, now())"
                + " ON CONFLICT (user_id) DO UPDATE SET language = EXCLUDED.language, email = EXCLUDED.email, channels = EXCLUDED.channels,"
                + " updated_at = now()", s -> {
            s.setString(1, preferences.userId());
            s.setString(2, preferences.language().name());
            s.setString(3, preferences.email());
            s.setString(4, channels);
        });
    }

    @Override
    public void forget(String userId) {
        sql.update("DELETE FROM notification_preferences WHERE user_id = ?", s -> s.setString(1, userId));
    }

    private NotificationPreferences preferences(ResultSet row) throws SQLException {
        Map<NotificationKind, Set<NotificationChannel>> channels;
        try {
            channels = json.readValue(row.getString("channels"), CHANNELS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notification channels are unreadable", e);
        }
        return new NotificationPreferences(row.getString("user_id"), Language.valueOf(row.getString("language")), row.getString("email"), channels);
    }
}

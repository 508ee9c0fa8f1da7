package domain.notification;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Outbound port: the subscribers' notification preferences (none stored: the defaults). */
public interface NotificationSettings {
    Optional<NotificationPreferences> of(String userId);

    /** The stored preferences of those users who have any. */
    Map<String, NotificationPreferences> ofUsers(Collection<String> userIds);

    void save(NotificationPreferences preferences);

    void forget(String userId);
}

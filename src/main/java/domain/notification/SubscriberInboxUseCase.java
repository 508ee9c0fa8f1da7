package domain.notification;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** Inbound port: a subscriber reads their inbox and chooses what they hear, where, and in which language. */
public interface SubscriberInboxUseCase {
    Page<Notification> inbox(String userId, boolean unreadOnly, PageRequest page);

    Notification markRead(String userId, UUID notificationId);

    NotificationPreferences preferences(String userId);

    NotificationPreferences updatePreferences(NotificationPreferences preferences);
}

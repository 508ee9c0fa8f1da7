package domain.notification;

import domain.account.CheckAccountUseCase;
import domain.shared.BusinessCalendar;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

/** A subscriber's inbox and their choices of what they hear. */
public final class SubscriberInboxService implements SubscriberInboxUseCase {
    private final Notifications notifications;
    private final NotificationSettings settings;
    private final CheckAccountUseCase accounts;
    private final BusinessCalendar calendar;

    public SubscriberInboxService(Notifications notifications, NotificationSettings settings, CheckAccountUseCase accounts,
                                  BusinessCalendar calendar) {
        this.notifications = notifications;
        this.settings = settings;
        this.accounts = accounts;
        this.calendar = calendar;
    }

    @Override
    public Page<Notification> inbox(String userId, boolean unreadOnly, PageRequest page) {
        return notifications.inbox(userId, unreadOnly, page);
    }

    @Override
    public Notification markRead(String userId, UUID notificationId) {
        return notifications.markRead(userId, notificationId, calendar.now())
                .orElseThrow(() -> new NotFoundException("notification", notificationId));
    }

    @Override
    public NotificationPreferences preferences(String userId) {
        return settings.of(userId).orElse(NotificationPreferences.defaults(userId));
    }

    /** An email address is personal data: a closed account keeps none. */
    @Override
    public NotificationPreferences updatePreferences(NotificationPreferences preferences) {
        accounts.requireOpen(preferences.userId());
        settings.save(preferences);
        return preferences;
    }
}

package domain.notification;

/** Where a notification reaches a subscriber: the app's inbox, an email, a push message to their phone. */
public enum NotificationChannel { INBOX, EMAIL, PUSH }

package adapters.notification;

import domain.notification.NotificationSender.OutgoingNotification;
import domain.notification.NotificationSender.SendOutcome;

/** Sends one email or push message, blocking; answers how it went (never throws for the receiver's failures). */
interface ChannelSender {
    SendOutcome send(OutgoingNotification notification);
}

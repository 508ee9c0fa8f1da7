package adapters.notification;

import domain.notification.Language;
import domain.notification.NotificationSender.OutgoingNotification;
import domain.notification.NotificationSender.SendOutcome;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Emails through Quarkus Mailer (SMTP in production; its mock mailbox in dev and tests). The notification's id is
 * in a header, so a mail sent twice after a crash can be told apart by the same id.
 */
@ApplicationScoped
class EmailSender implements ChannelSender {
    static final String NOTIFICATION_HEADER = "X-Gudok-Notification";
    private final Mailer mailer;

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public SendOutcome send(OutgoingNotification notification) {
        if (notification.email() == null) return SendOutcome.refused("no email address");
        String footer = notification.language() == Language.KO
                ? "\n\n-- \n구독 앱의 알림 설정에서 받을 알림을 고를 수 있어요."
                : "\n\n-- \nChoose what you hear about in the app's notification settings.";
        try {
            mailer.send(Mail.withText(notification.email(), notification.title(), notification.body() + footer)
                    .addHeader(NOTIFICATION_HEADER, notification.notificationId().toString()));
            return SendOutcome.delivered();
        } catch (RuntimeException e) {
            return SendOutcome.failed("email: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }
}

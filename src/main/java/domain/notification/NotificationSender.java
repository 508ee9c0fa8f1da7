package domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Outbound port: sends an email or push message once the transaction handing it over commits (nothing sent if it
 * rolls back), with nothing locked, and reports back through {@link RecordNotificationOutcomeUseCase}.
 * {@code handOff} is the hand-off's mark, which the report gives back.
 */
public interface NotificationSender {
    record OutgoingNotification(UUID sendId, int attempt, Instant handOff, NotificationChannel channel, String userId, String email,
                                Language language, UUID notificationId, NotificationKind kind, String title, String body) {
        @Override
        public String toString() {
            return "OutgoingNotification[" + sendId + " #" + attempt + " " + channel + " " + kind + "]";
        }
    }

    /** How an attempt went; {@code permanent}: trying again cannot help (no such address or device). */
    record SendOutcome(boolean sent, boolean permanent, String error, Duration retryAfter) {
        public static SendOutcome delivered() {
            return new SendOutcome(true, false, null, null);
        }

        public static SendOutcome failed(String error) {
            return new SendOutcome(false, false, error, null);
        }

        public static SendOutcome refused(String error) {
            return new SendOutcome(false, true, error, null);
        }
    }

    void sendAfterCommit(OutgoingNotification notification);
}

package domain.notification;

import java.time.Instant;
import java.util.UUID;

/**
 * One notification to one subscriber, in the words of their language: the inbox's entry ({@code inInbox} when the
 * subscriber keeps this kind in the inbox) and what its emails and push messages say. One per source and kind.
 */
public record Notification(UUID id, String userId, NotificationKind kind, String sourceKey, String title, String body,
                           UUID subscriptionId, UUID deliveryId, boolean inInbox, Instant createdAt, Instant readAt) {

    public static Notification of(SubscriberNotice notice, NotificationText text, boolean inInbox, Instant at) {
        return new Notification(UUID.randomUUID(), notice.userId(), notice.kind(), notice.sourceKey(), text.title(), text.body(),
                notice.subscriptionId(), notice.deliveryId(), inInbox, at, null);
    }

    public boolean read() {
        return readAt != null;
    }
}

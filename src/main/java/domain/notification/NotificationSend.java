package domain.notification;

import domain.shared.TransitionTable;
import java.time.Instant;
import java.util.UUID;

/**
 * A notification on one channel that leaves the platform (email, push), with its attempts. {@code notBefore} is when
 * the next attempt is due (the end of the quiet hours for one that can wait); {@code handedOffUntil} is set while an
 * attempt is out with the sender: past it, the attempt is taken as lost and made again.
 */
public record NotificationSend(UUID id, UUID notificationId, String userId, NotificationChannel channel, SendState state, int attempts,
                               Instant notBefore, Instant handedOffUntil, Instant sentAt, String lastError) {
    enum Action {
        SEND("send"), RETRY("retry"), GIVE_UP("give up on");

        private final String verb;

        Action(String verb) {
            this.verb = verb;
        }
    }

    /** A send's lifecycle, in one place. */
    static final TransitionTable<SendState, Action> LIFECYCLE = TransitionTable.<SendState, Action>of("notification", a -> a.verb)
            .on(SendState.PENDING, Action.SEND, SendState.SENT)
            .on(SendState.PENDING, Action.RETRY, SendState.PENDING)
            .on(SendState.PENDING, Action.GIVE_UP, SendState.FAILED);

    public static NotificationSend of(Notification notification, NotificationChannel channel, Instant notBefore) {
        if (channel == NotificationChannel.INBOX) throw new IllegalArgumentException("the inbox is no send");
        return new NotificationSend(UUID.randomUUID(), notification.id(), notification.userId(), channel, SendState.PENDING, 0, notBefore,
                null, null, null);
    }

    public NotificationSend handedOff(Instant until) {
        return new NotificationSend(id, notificationId, userId, channel, state, attempts, notBefore, until, sentAt, lastError);
    }

    public NotificationSend sent(Instant at) {
        return new NotificationSend(id, notificationId, userId, channel, LIFECYCLE.next(state, Action.SEND), attempts + 1, null, null, at, null);
    }

    public NotificationSend retryAt(Instant at, String error) {
        return new NotificationSend(id, notificationId, userId, channel, LIFECYCLE.next(state, Action.RETRY), attempts + 1, at, null, null, error);
    }

    /** No attempt left, or none possible; {@code attempted}: this ends an attempt that was made. */
    public NotificationSend givenUp(String error, boolean attempted) {
        return new NotificationSend(id, notificationId, userId, channel, LIFECYCLE.next(state, Action.GIVE_UP), attempted ? attempts + 1 : attempts,
                null, null, null, error);
    }
}

package domain.notification;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the notifications made, which are also the subscribers' inboxes. */
public interface Notifications {
    /** Keeps the notifications not made before (by user, source and kind); answers those it kept. */
    List<Notification> addAll(List<Notification> notifications);

    Optional<Notification> byId(UUID id);

    /** A user's inbox, newest first; only the unread ones when asked. */
    Page<Notification> inbox(String userId, boolean unreadOnly, PageRequest page);

    /** Marks one of the user's inbox entries read (once: a second time keeps the first time); none if it is not theirs. */
    Optional<Notification> markRead(String userId, UUID id, Instant at);

    /** Erases everything told to the user, and their sends (the account is closed). */
    void forgetUser(String userId);
}

package domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: the emails and push messages to send, and how each went. */
public interface NotificationSends {
    void add(List<NotificationSend> sends);

    /** The send, locked. */
    Optional<NotificationSend> lock(UUID id);

    void update(NotificationSend send);

    /** Up to {@code limit} pending sends whose hand-off lapsed before {@code now}, locked (others' locks skipped). */
    List<NotificationSend> lostHandOffs(Instant now, int limit);
}

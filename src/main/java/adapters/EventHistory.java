package adapters;

import domain.shared.Page;
import domain.shared.PageRequest;
import java.time.Instant;
import java.util.UUID;

/**
 * The platform events as their history consumer received them: a subscription's activity timeline (its own
 * events, its deliveries' and its payments'), and every event of a subject for admins. Oldest first.
 */
public interface EventHistory {
    void add(Entry entry);

    Page<Entry> ofSubscription(UUID subscriptionId, PageRequest page);

    Page<Entry> ofSubject(String subject, PageRequest page);

    /** One event: its CloudEvents attributes and its data (JSON text); {@code subscriptionId} when it has one. */
    record Entry(UUID id, String source, String type, String subject, UUID subscriptionId, Instant time,
                 String traceparent, String data) { }
}

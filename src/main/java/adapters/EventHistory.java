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
    /**
     * Keeps the events, in their order of arrival; one about a subject whose events were erased (a closed account's)
     * is dropped instead.
     */
    void addAll(java.util.List<Entry> entries);

    /**
     * Erases the events about a closed account, except the closure's own ({@code closureId}): those whose subject
     * is the user (wallet events) and those of its subscriptions (their deliveries' and payments' included). Later
     * events about the user or those subscriptions are dropped by {@link #add}: the topics are read in no order
     * across each other, so some may still be on their way.
     */
    void eraseClosedAccount(String userId, java.util.Collection<UUID> subscriptionIds, UUID closureId);

    Page<Entry> ofSubscription(UUID subscriptionId, PageRequest page);

    Page<Entry> ofSubject(String subject, PageRequest page);

    /** One event: its CloudEvents attributes and its data (JSON text); {@code subscriptionId} when it has one. */
    record Entry(UUID id, String source, String type, String subject, UUID subscriptionId, Instant time,
                 String traceparent, String data) { }
}

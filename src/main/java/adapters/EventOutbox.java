package adapters;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The outbox of platform events as the relay sees it: what is recorded and not yet published, in the order it
 * was recorded. A contract between the persistence adapter, which keeps the events, and the messaging adapter,
 * which publishes them.
 */
public interface EventOutbox {

    /** Up to {@code limit} unpublished events after {@code position}, lowest position first. */
    List<RecordedEvent> unpublished(int limit, long afterPosition);

    void markPublished(List<Long> positions, Instant at);

    /** Sets aside an event Kafka can never take, with why; the relay goes on without it. */
    void park(long position, String error, Instant at);

    /** Forgets up to {@code limit} events published before {@code cutoff}; returns how many. */
    int purgePublishedBefore(Instant cutoff, int limit);

    /**
     * Blanks the data (to {@code {}}) of the events sent before a closure ({@code closureId}, the closure's event)
     * about the closed account: those whose subject is the user (wallet events), one of the subscriptions, or one
     * of their deliveries. Returns how many. The outbox keeps sent events for a while (their retention): without
     * this they would keep the addresses they carried for that long.
     */
    int blankSentBefore(UUID closureId, String userId, java.util.Collection<UUID> subscriptionIds);

    /** How many events wait, and since when the oldest of them (null when none). */
    Backlog backlog();

    /** The relay's lease: true while this instance is the one that relays; taken when free. */
    boolean leadRelay();

    /** Gives the lease up (at shutdown), so another instance takes over at once. */
    void stepDown();

    /**
     * One recorded event. {@code position} orders the outbox; {@code id} is the event's id for consumers.
     * {@code context} and {@code type} are the domain's names ({@code SUBSCRIPTIONS}, {@code subscription.paused});
     * {@code data} is the resource's public representation as JSON.
     */
    record RecordedEvent(long position, UUID id, String context, String type, String subject, Instant occurredAt,
                         Instant recordedAt, String traceparent, String data) { }

    record Backlog(long unpublished, Instant oldestRecordedAt) { }
}

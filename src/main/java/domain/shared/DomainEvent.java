package domain.shared;

import java.time.Instant;

/**
 * Something that happened to an aggregate, named in the past tense ({@code subscription.paused}). A use case
 * records its events through {@link EventLog} in its own unit of work, after the changes they describe, so
 * one subject's events are recorded in the order its changes were made. Consumers receive the changed
 * resource as the public API shows it; how (and where) is the adapters' business.
 */
public interface DomainEvent {
    /** {@code <aggregate>.<what happened>}, lower case with underscores: stable across releases. */
    String type();

    /** The business context the event belongs to: one stream of events per context. */
    EventContext context();

    /** The id of the aggregate that changed; one subject's events stay in the order they were recorded. */
    String subject();

    /** The resource that changed, as the domain holds it after the change. */
    Object resource();

    Instant occurredAt();
}

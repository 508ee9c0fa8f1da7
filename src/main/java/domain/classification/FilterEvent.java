package domain.classification;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/** A pool or an alert was created, changed or deleted: classifiers load it, and its pool is back-filled or emptied. */
public sealed interface FilterEvent extends DomainEvent {

    Filter filter();

    @Override
    default EventContext context() {
        return EventContext.CLASSIFICATION;
    }

    @Override
    default String subject() {
        return filter().id().toString();
    }

    @Override
    default Object resource() {
        return filter();
    }

    record FilterCreated(Filter filter, Instant occurredAt) implements FilterEvent {
        public String type() { return "filter.created"; }
    }

    record FilterChanged(Filter filter, Instant occurredAt) implements FilterEvent {
        public String type() { return "filter.changed"; }
    }

    record FilterDeleted(Filter filter, Instant occurredAt) implements FilterEvent {
        public String type() { return "filter.deleted"; }
    }
}

package domain.classification;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/** An item joined or left a pool, or matched an alert (which it does once). The subject is the filter. */
public sealed interface ClassificationEvent extends DomainEvent {

    Match match();

    @Override
    default EventContext context() {
        return EventContext.CLASSIFICATION;
    }

    @Override
    default String subject() {
        return match().filterId().toString();
    }

    @Override
    default Object resource() {
        return match();
    }

    @Override
    default Instant occurredAt() {
        return match().at();
    }

    record Matched(Match match) implements ClassificationEvent {
        public String type() { return "classification.matched"; }
    }

    record Unmatched(Match match) implements ClassificationEvent {
        public String type() { return "classification.unmatched"; }
    }
}

package domain.classification;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/**
 * An item joined or left pools, or matched alerts (each alert once), of one owner: one event per item change and owner
 * (see {@link ItemMatches}). The subject is the item, so that an item's joins and leaves are told in order.
 */
public sealed interface ClassificationEvent extends DomainEvent {

    ItemMatches matches();

    @Override
    default EventContext context() {
        return EventContext.CLASSIFICATION;
    }

    @Override
    default String subject() {
        return matches().item().value();
    }

    @Override
    default Object resource() {
        return matches();
    }

    @Override
    default Instant occurredAt() {
        return matches().at();
    }

    record Matched(ItemMatches matches) implements ClassificationEvent {
        public String type() { return "classification.matched"; }
    }

    record Unmatched(ItemMatches matches) implements ClassificationEvent {
        public String type() { return "classification.unmatched"; }
    }
}

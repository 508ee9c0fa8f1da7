package domain.catalog;

import domain.shared.DomainEvent;
import domain.shared.EventContext;
import java.time.Instant;

/** What happens in the catalog: shops join, products and plans are created, edited and retired. */
public sealed interface CatalogEvent extends DomainEvent {

    @Override
    default EventContext context() {
        return EventContext.CATALOG;
    }

    record ShopRegistered(Shop shop, Instant occurredAt) implements CatalogEvent {
        public String type() { return "shop.registered"; }
        public String subject() { return shop.id().value().toString(); }
        public Object resource() { return shop; }
    }

    record ProductCreated(Product product, Instant occurredAt) implements CatalogEvent {
        public String type() { return "product.created"; }
        public String subject() { return product.id().toString(); }
        public Object resource() { return product; }
    }

    /** Its shop edited it: name, description, category, tags, images, regions. */
    record ProductChanged(Product product, Instant occurredAt) implements CatalogEvent {
        public String type() { return "product.changed"; }
        public String subject() { return product.id().toString(); }
        public Object resource() { return product; }
    }

    /** No new plans for it; its plans were retired with it, each with its own event. */
    record ProductRetired(Product product, Instant occurredAt) implements CatalogEvent {
        public String type() { return "product.retired"; }
        public String subject() { return product.id().toString(); }
        public Object resource() { return product; }
    }

    record PlanCreated(Plan plan, Instant occurredAt) implements CatalogEvent {
        public String type() { return "plan.created"; }
        public String subject() { return plan.id().toString(); }
        public Object resource() { return plan; }
    }

    /** A new name or price; the price is for new subscriptions, those on the plan keep theirs. */
    record PlanChanged(Plan plan, Instant occurredAt) implements CatalogEvent {
        public String type() { return "plan.changed"; }
        public String subject() { return plan.id().toString(); }
        public Object resource() { return plan; }
    }

    /** No new subscriptions take the plan; those on it go on. */
    record PlanRetired(Plan plan, Instant occurredAt) implements CatalogEvent {
        public String type() { return "plan.retired"; }
        public String subject() { return plan.id().toString(); }
        public Object resource() { return plan; }
    }
}

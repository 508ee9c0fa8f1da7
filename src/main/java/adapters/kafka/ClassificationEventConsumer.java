package adapters.kafka;

import adapters.representation.EventCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.ClassificationService;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * The classification worker (channel {@code classification-events}, its own consumer group): catalog changes re-sort
 * the plans they touch, filter changes load the filter and back-fill (or empty) its pool. A batch is done in order:
 * its filter changes first, then its items, each as it stands now (so that repeats and late events change nothing).
 * When the engine or the database is away, the batch waits and is tried again: nothing is acknowledged, nothing lost.
 */
@ApplicationScoped
public class ClassificationEventConsumer {
    private static final Logger LOG = Logger.getLogger(ClassificationEventConsumer.class);
    private static final Set<String> PLAN_EVENTS = Set.of("plan.created", "plan.changed", "plan.retired");
    private static final Set<String> PRODUCT_EVENTS = Set.of("product.changed", "product.retired");
    private final ClassificationService classification;
    private final ObjectMapper json;

    ClassificationEventConsumer(ClassificationService classification, ObjectMapper json) {
        this.classification = classification;
        this.json = json;
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        Set<UUID> saved = new LinkedHashSet<>(), deleted = new LinkedHashSet<>(), products = new LinkedHashSet<>();
        Set<ItemKey> items = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            PlatformEventRecord event;
            try {
                event = PlatformEventRecord.of(record, json);
            } catch (IllegalArgumentException notAPlatformEvent) {
                continue; // the other consumers of these topics dead-letter what is no platform event
            }
            String type = EventCatalog.typeOf(event.type()).orElse("");
            UUID subject = uuid(event.subject());
            if (subject == null) continue;
            if (PLAN_EVENTS.contains(type)) items.add(new ItemKey(ItemKind.PLAN, subject.toString()));
            else if (PRODUCT_EVENTS.contains(type)) products.add(subject);
            else if (type.equals("filter.created") || type.equals("filter.changed")) saved.add(subject);
            else if (type.equals("filter.deleted")) deleted.add(subject);
        }
        LOG.debugf("classification: a batch of %d records: %d filters saved, %d deleted, %d products, %d plans", records.count(),
                saved.size(), deleted.size(), products.size(), items.size());
        if (saved.isEmpty() && deleted.isEmpty() && products.isEmpty() && items.isEmpty()) return;
        for (int attempt = 1; ; attempt++) {
            try {
                for (UUID id : deleted) classification.filterDeleted(id);
                if (!saved.isEmpty()) classification.filtersSaved(saved);
                Set<ItemKey> touched = new LinkedHashSet<>(items);
                for (UUID product : products) touched.addAll(classification.plansOf(product));
                int recorded = classification.itemsChanged(touched);
                LOG.debugf("classification: %d filters saved, %d deleted, %d items sorted, %d matches recorded", saved.size(),
                        deleted.size(), touched.size(), recorded);
                return;
            } catch (RuntimeException failed) {
                if (attempt == 1 || attempt % 30 == 0) {
                    LOG.warnf("classification: a batch could not be sorted (%s); trying again", failed.toString());
                }
                Thread.sleep(Math.min(30_000L, 500L * attempt));
            }
        }
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

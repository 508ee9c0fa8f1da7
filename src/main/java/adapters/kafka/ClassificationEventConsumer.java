package adapters.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import adapters.WorkerTurns;
import domain.classification.ClassificationService;
import domain.classification.ContentService;
import domain.classification.FilterPurpose;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.shared.BusinessCalendar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import java.time.Duration;
import java.time.Instant;
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
 * the plans they touch, partners' content ({@code <prefix>.content}) is kept and sorted, filter changes load the
 * filter and back-fill (or empty) its pool, and a closed account ({@code account.closed} on {@code <prefix>.accounts})
 * loses its alerts. A batch is done in order: its filter changes first, then its items, each
 * as it stands now (so that repeats and late events change nothing). When the engine or the database is away, the
 * batch waits and is tried again: nothing is acknowledged, nothing lost. Content that breaks its schema goes to
 * {@code <prefix>.dead-letters.classification} with the reason.
 */
@ApplicationScoped
public class ClassificationEventConsumer {
    private static final Logger LOG = Logger.getLogger(ClassificationEventConsumer.class);
    static final String CONSUMER = "classification";
    private final ClassificationService classification;
    private final domain.classification.ManageFiltersUseCase filters;
    private final ContentService content;
    private final ContentRecords contentRecords;
    private final ObjectMapper json;
    private final EventProducer producer;
    private final String deadLetters;
    private final BusinessCalendar calendar;
    private final WorkerTurns turns;
    private final EmbeddedClassifierFeed feed;
    private final Counter matches, failures;
    private final Map<ItemKind, Counter> itemsSorted = new java.util.EnumMap<>(ItemKind.class);
    /** By what changed: a plan or product event, a content record, or a filter (whose lag includes its back-fill). */
    private final Map<String, Timer> lag = new HashMap<>();
    /** Since when the worker cannot sort its batch (the engine or the database away), or null: read by the health check. */
    private volatile Instant failingSince;
    private volatile String lastFailure;

    ClassificationEventConsumer(ClassificationService classification, ContentService content, ObjectMapper json,
                                EventProducer producer, EventTopics topics, BusinessCalendar calendar, MeterRegistry registry,
                                WorkerTurns turns, domain.classification.ManageFiltersUseCase filters, EmbeddedClassifierFeed feed) {
        this.classification = classification;
        this.feed = feed;
        this.filters = filters;
        this.turns = turns;
        this.calendar = calendar;
        for (ItemKind kind : ItemKind.values()) {
            itemsSorted.put(kind, Counter.builder("gudok.classification.items").tag("kind", kind.name())
                    .description("Items sorted into their pools and alerts").register(registry));
        }
        this.matches = Counter.builder("gudok.classification.matches")
                .description("Items that joined a pool or matched an alert").register(registry);
        this.failures = Counter.builder("gudok.classification.failures")
                .description("Batches that could not be sorted (the engine or the database away) and wait to be tried again").register(registry);
        for (String source : List.of("catalog", "content", "filter")) {
            lag.put(source, Timer.builder("gudok.classification.lag").tag("source", source)
                    .description("From a change (its event's time, or a content record's) to its item's pools and alerts stored")
                    .publishPercentiles(0.5, 0.99).publishPercentileHistogram()
                    .maximumExpectedValue(Duration.ofMinutes(10)).register(registry)); // a backlog's lag, not +Inf
        }
        this.content = content;
        this.contentRecords = new ContentRecords(json, calendar::now);
        this.json = json;
        this.producer = producer;
        this.deadLetters = topics.deadLetters(CONSUMER);
    }

    @Incoming("classification-events")
    @Blocking
    public void consume(ConsumerRecords<String, String> records) throws InterruptedException {
        ClassificationChanges changes = ClassificationChanges.of(records, json, contentRecords);
        List<DeadLetter> rejected = new ArrayList<>();
        for (Map.Entry<ConsumerRecord<String, String>, String> broken : changes.broken) {
            rejected.add(new DeadLetter(producer, deadLetters, broken.getKey(), new IllegalArgumentException(broken.getValue())));
        }
        LOG.debugf("classification: a batch of %d records: %d filters saved, %d deleted, %d products, %d plans, %d content",
                records.count(), changes.saved.size(), changes.deleted.size(), changes.products.size(), changes.plans.size(),
                changes.content.size());
        // A closed account's alerts go (each deletion an event this worker reads back: the classifier drops the alert and
        // its matches are forgotten). Again after a redelivery: there is nothing left to delete.
        for (String user : changes.closedAccounts) {
            int gone = UntilDone.run("closed account's alerts", () -> QuarkusTransaction.requiringNew()
                    .call(() -> filters.deleteAllOf(FilterPurpose.ALERT, user)), failed -> failures.increment());
            LOG.debugf("classification: a closed account's %d alerts deleted", gone);
        }
        if (changes.sortsAnything()) {
            sort(changes.saved, changes.deleted, changes.products, changes.plans, changes.content);
            Instant now = calendar.now();
            for (Map.Entry<String, Instant> change : changes.changedAt) {
                if (change.getValue().isBefore(now)) lag.get(change.getKey()).record(Duration.between(change.getValue(), now));
            }
        }
        for (DeadLetter letter : rejected) letter.await(); // the batch is acknowledged once the dead letters are kept
    }

    private void sort(Set<UUID> saved, Set<UUID> deleted, Set<UUID> products, Set<ItemKey> items, List<ContentService.Change> received)
            throws InterruptedException {
        Set<ItemKey> touched = new LinkedHashSet<>(items);
        // One batch at a time across instances: a back-fill here and an item's change there never interleave.
        int recorded = UntilDone.run("classification", () -> {
            feed.awaitInStep(); // most of the catching up, before the turn that all instances wait for
            return turns.inTurn(WorkerTurns.CLASSIFICATION, () -> {
            feed.awaitInStep(); // an embedded classifier has every instance's changes so far
            if (!received.isEmpty()) touched.addAll(content.received(received));
            for (UUID id : deleted) classification.filterDeleted(id);
            if (!saved.isEmpty()) classification.filtersSaved(saved);
            for (UUID product : products) touched.addAll(classification.plansOf(product));
            return classification.itemsChanged(touched);
            });
        }, failed -> {
            failures.increment();
            if (failingSince == null) failingSince = calendar.now();
            lastFailure = failed.toString();
        });
        failingSince = null;
        LOG.debugf("classification: %d filters saved, %d deleted, %d items sorted, %d matches recorded", saved.size(),
                deleted.size(), touched.size(), recorded);
        for (ItemKey key : touched) itemsSorted.get(key.kind()).increment();
        matches.increment(recorded);
    }

    /** Since when the worker has been failing to sort a batch, and why; null while it sorts. */
    Instant failingSince() {
        return failingSince;
    }

    String lastFailure() {
        return lastFailure;
    }
}

package adapters.kafka;

import adapters.InProcessClassifier;
import com.fasterxml.jackson.databind.ObjectMapper;
import domain.classification.ClassificationService;
import domain.classification.ClassifierUnavailableException;
import domain.classification.ContentService;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.shared.BusinessCalendar;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's embedded classifier in step with every instance's changes. The classification worker's
 * consumer group splits the partitions among instances, but each instance's classifier must hold every filter (to
 * sort the items of its partitions) and every item (to back-fill a filter saved through its partitions). So each
 * instance also reads every partition of the worker's topics (catalog, filters, content), with no group, and takes each
 * change into its classifier ({@link ClassificationService#follow}).
 *
 * <p>At start-up it takes the worker group's committed offsets first, then fills the classifier from PostgreSQL, then
 * follows from those offsets: what came before them the worker had written, so the fill has it; what comes after is
 * followed (twice is harmless). Before each of its batches the worker waits until this has read as far as the topics'
 * ends were when its turn began ({@link #awaitInStep}): under the turn, a filter saved on one instance and an item
 * changed on another are each in the other's classifier, whichever comes first. The plain Kafka client, not a
 * SmallRye channel: this needs every partition assigned, positions set before the fill, and its position compared
 * with the topics' ends.
 */
@ApplicationScoped
public class EmbeddedClassifierFeed {
    private static final Logger LOG = Logger.getLogger(EmbeddedClassifierFeed.class);
    /** How long a worker's turn waits for this instance's classifier to come up to the topics' ends. */
    static final Duration IN_STEP_WITHIN = Duration.ofSeconds(10);
    /** How often it looks for partitions added to the topics. */
    private static final Duration PARTITIONS_EVERY = Duration.ofSeconds(60);
    private final String bootstrapServers;
    private final List<String> topics;
    private final String workerGroup;
    private final ClassificationService classification;
    private final ObjectMapper json;
    private final ContentRecords contentRecords;
    /** How far this instance's classifier has taken each partition in: the offset of the next record to take. */
    private final Map<TopicPartition, Long> taken = new ConcurrentHashMap<>();
    /** The newest version taken of each content item: an older one coming later is left out, as the database does. */
    private final Map<ItemKey, Instant> contentVersions = new HashMap<>();
    private final Object progress = new Object();
    private volatile boolean following;
    /** Since when the feed cannot find its start, fill the classifier or take changes in, and why; null while it can. */
    private volatile Instant failingSince;
    private volatile String lastFailure;
    private volatile boolean running = true;
    private volatile Admin admin;
    private Thread thread;
    private volatile KafkaConsumer<String, String> consumer;

    EmbeddedClassifierFeed(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                           @ConfigProperty(name = "gudok.events.topics.prefix", defaultValue = "gudok") String prefix,
                           ClassificationService classification, ObjectMapper json, BusinessCalendar calendar) {
        this.bootstrapServers = bootstrapServers;
        this.topics = List.of(EventStreams.topic(prefix, "catalog"), EventStreams.topic(prefix, "classification"),
                prefix + ContentRecords.TOPIC_SUFFIX);
        this.workerGroup = prefix + "-" + ClassificationEventConsumer.CONSUMER;
        this.classification = classification;
        this.json = json;
        this.contentRecords = new ContentRecords(json, calendar::now);
    }

    void onStart(@Observes StartupEvent start, domain.classification.Classifier classifier) {
        if (classifier instanceof InProcessClassifier embedded) start(embedded);
    }

    /** Fills the classifier (it must expect the fill), then follows the topics, on a thread of its own. */
    void start(InProcessClassifier classifier) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
        following = true;
        thread = new Thread(() -> run(classifier), "classifier-feed");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(InProcessClassifier classifier) {
        classifier.writtenOnlyBy(Thread.currentThread()); // the worker only classifies: one writer, changes in one order
        Map<TopicPartition, Long> from = untilDone("find where the worker group is", this::workerPositions);
        if (from == null) return;
        untilDone("load the embedded classifier", () -> {
            long began = System.nanoTime();
            contentVersions.clear();
            classifier.fill(() -> classification.load(item -> {
                if (item.kind() == ItemKind.CONTENT) contentVersions.put(item.key(), item.changedAt()); // as the database keeps it
            }));
            LOG.infof("embedded classifier loaded: %d filters in %d ms", classifier.filterCount(), (System.nanoTime() - began) / 1_000_000);
            return true;
        });
        if (!running) return;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 20,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1_000,
                ConsumerConfig.CLIENT_ID_CONFIG, "gudok-classifier-feed"), new StringDeserializer(), new StringDeserializer())) {
            this.consumer = consumer;
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            taken.putAll(from);
            long partitionsSeen = System.nanoTime();
            for (int failures = 0; running; ) {
                try {
                    if (System.nanoTime() - partitionsSeen > PARTITIONS_EVERY.toNanos()) {
                        followNewPartitions(consumer);
                        partitionsSeen = System.nanoTime();
                    }
                    ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) take(ClassificationChanges.of(records, json, contentRecords));
                    synchronized (progress) {
                        for (TopicPartition partition : consumer.assignment()) taken.put(partition, consumer.position(partition));
                        progress.notifyAll();
                    }
                    failures = 0;
                    failingSince = null;
                } catch (org.apache.kafka.common.errors.WakeupException stopping) {
                    return;
                } catch (RuntimeException failed) { // the database away: read the same records again, later
                    if (!running) return;
                    failed(failed);
                    if (failures++ % 30 == 0) LOG.warnf("the embedded classifier could not take changes in (%s); trying again", failed.toString());
                    taken.forEach(consumer::seek);
                    sleep(Math.min(30_000L, 500L * failures));
                }
            }
        }
    }

    /** Partitions added to the topics since (an operator's change): followed from their beginning. */
    private void followNewPartitions(KafkaConsumer<String, String> consumer) {
        Set<TopicPartition> now = new HashSet<>();
        try {
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values()) {
                topic.partitions().forEach(p -> now.add(new TopicPartition(topic.name(), p.partition())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return; // Kafka away: looked for again next time
        }
        now.removeAll(consumer.assignment());
        if (now.isEmpty()) return;
        Set<TopicPartition> all = new HashSet<>(consumer.assignment());
        all.addAll(now);
        consumer.assign(all);
        consumer.seekToBeginning(now);
        for (TopicPartition added : now) taken.put(added, consumer.position(added));
        LOG.infof("the embedded classifier follows new partitions too: %s", now);
    }

    private void take(ClassificationChanges changes) {
        List<ContentService.Change> content = new ArrayList<>();
        for (ContentService.Change change : changes.content) {
            if (change.item() == null) {
                contentVersions.remove(change.key());
                content.add(change);
                continue;
            }
            Instant kept = contentVersions.get(change.key());
            if (kept != null && change.item().receivedAt().isBefore(kept)) continue;
            contentVersions.put(change.key(), change.item().receivedAt());
            content.add(change);
        }
        List<java.util.UUID> filterIds = new ArrayList<>(changes.saved);
        filterIds.addAll(changes.deleted);
        classification.follow(filterIds, changes.products, changes.plans, content);
    }

    /**
     * Waits until this instance's classifier has taken in every change on the topics as they end now (committed records),
     * within {@link #IN_STEP_WITHIN}; a classifier that is not embedded is always in step. Throws
     * {@link ClassifierUnavailableException} if it is not, so that the worker's batch waits and is tried again.
     */
    void awaitInStep() {
        if (!following) return;
        Map<TopicPartition, Long> ends;
        try {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicPartition partition : taken.keySet()) latest.put(partition, OffsetSpec.latest());
            if (latest.isEmpty()) throw new ClassifierUnavailableException("the embedded classifier is not following the topics yet", null);
            ends = new HashMap<>();
            admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(IN_STEP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                    .forEach((partition, info) -> ends.put(partition, info.offset()));
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new ClassifierUnavailableException("Kafka did not say where the topics end", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClassifierUnavailableException("interrupted", e);
        }
        long deadline = System.nanoTime() + IN_STEP_WITHIN.toNanos();
        synchronized (progress) {
            while (!caughtUp(ends)) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) throw new ClassifierUnavailableException("this instance's classifier is behind the changes on Kafka", null);
                try {
                    progress.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ClassifierUnavailableException("interrupted", e);
                }
            }
        }
    }

    private boolean caughtUp(Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (taken.getOrDefault(end.getKey(), -1L) < end.getValue()) return false;
        }
        return true;
    }

    /** Every partition of the topics, at the worker group's committed offset, or at its beginning if it has none. */
    private Map<TopicPartition, Long> workerPositions() throws Exception {
        Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(workerGroup)
                .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> positions = new HashMap<>();
        Map<TopicPartition, OffsetSpec> uncommitted = new HashMap<>();
        for (TopicDescription topic : described.values()) {
            topic.partitions().forEach(p -> {
                TopicPartition partition = new TopicPartition(topic.name(), p.partition());
                OffsetAndMetadata offset = committed.get(partition);
                if (offset != null) positions.put(partition, offset.offset());
                else uncommitted.put(partition, OffsetSpec.earliest());
            });
        }
        if (!uncommitted.isEmpty()) {
            admin.listOffsets(uncommitted).all().get(10, TimeUnit.SECONDS).forEach((partition, info) -> positions.put(partition, info.offset()));
        }
        return positions;
    }

    interface Step<T> {
        T run() throws Exception;
    }

    /** Tries until it is done (Kafka or the database away at start-up); null once stopping. */
    private <T> T untilDone(String what, Step<T> step) {
        for (int attempt = 1; running; attempt++) {
            try {
                T done = step.run();
                failingSince = null;
                return done;
            } catch (Exception failed) {
                if (failed instanceof InterruptedException) return null;
                failed(failed);
                if (attempt == 1 || attempt % 30 == 0) LOG.warnf("the embedded classifier could not %s (%s); trying again", what, failed.toString());
                if (!sleep(Math.min(30_000L, 1_000L * attempt))) return null;
            }
        }
        return null;
    }

    private void failed(Exception failure) {
        if (failingSince == null) failingSince = Instant.now();
        lastFailure = failure.toString();
    }

    /** Whether this instance runs an embedded classifier that the feed keeps in step. */
    boolean active() {
        return following;
    }

    /** Since when the feed has been failing, and why; null while it works. */
    Instant failingSince() {
        return failingSince;
    }

    String lastFailure() {
        return lastFailure;
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void stop(@Observes ShutdownEvent stop) {
        close();
    }

    void close() {
        running = false;
        following = false;
        KafkaConsumer<String, String> reading = consumer;
        if (reading != null) reading.wakeup(); // an interrupt would leave the consumer to close in error
        else if (thread != null) thread.interrupt(); // still loading: stop waiting
        try {
            if (thread != null) thread.join(1_000);
            if (thread != null && thread.isAlive()) thread.interrupt(); // pausing after a failure
            if (thread != null) thread.join(4_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (admin != null) admin.close(Duration.ofSeconds(2));
    }
}

package adapters.classification;

import domain.classification.Classifier;
import domain.classification.ClassifierUnavailableException;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.StoredFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The classifier embedded in the process: filters in a Lucene Monitor (each item is matched against only the filters
 * whose terms it holds, of its own kind), items in an in-memory Lucene index for back-fills. Nothing survives a
 * restart: the application loads filters and items again at start-up.
 */
public final class LuceneMonitorClassifier implements Classifier, adapters.InProcessClassifier, AutoCloseable {
    /** Registering many queries at once needs memory in proportion: a few hundred at a time is enough to be fast. */
    private static final int REGISTER_CHUNK = 500;
    /** Items of a batch matched side by side: one part per core, of at least this many items. */
    private static final int CORES = Runtime.getRuntime().availableProcessors(), MIN_PART = 8;
    private final ExecutorService matchers = Executors.newFixedThreadPool(CORES, work -> {
        Thread thread = new Thread(work, "gudok-classifier");
        thread.setDaemon(true);
        return thread;
    });
    private final LuceneQueries queries;
    private final FilterPredicates predicates;
    /** Each filter's test, by id: what a candidate the monitor picks is checked with (see {@link Verifier}). */
    private final Map<String, Predicate<FilterPredicates.Prepared>> tests = new ConcurrentHashMap<>();
    private final Monitor monitor;
    private volatile boolean filled = true;
    private volatile Thread filler;
    /** Once set, the one thread that changes filters and items (see {@link #writtenOnlyBy}). */
    private volatile Thread writer;
    private final IndexWriter items;
    private final SearcherManager itemSearchers;

    public LuceneMonitorClassifier(KoreanAnalysis analysis) {
        this.queries = new LuceneQueries(analysis);
        this.predicates = new FilterPredicates(analysis);
        try {
            // Terms of these fields are in many items: the presearcher indexes a filter by a rarer one where it can.
            TermWeightor weights = TermWeightor.combine(
                    TermWeightor.fieldWeightor(0.3, ItemFields.CATEGORY, ItemFields.REGION_IN, ItemFields.REGION_SERVED,
                            ItemFields.PLAN_KIND, ItemFields.LEVEL), TermFilteredPresearcher.DEFAULT_WEIGHTOR);
            MonitorConfiguration configuration = new MonitorConfiguration().setPurgeFrequency(5, TimeUnit.MINUTES);
            this.monitor = new Monitor(analysis.analyzer(), new TermFilteredPresearcher(weights, List.of(), Set.of(ItemFields.KIND)),
                    configuration);
            this.items = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.analyzer()));
            this.itemSearchers = new SearcherManager(items, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void storeFilters(List<StoredFilter> filters) {
        requireFilled();
        if (!mayWrite()) return;
        List<MonitorQuery> batch = new ArrayList<>();
        for (StoredFilter filter : filters) {
            // The kind is the presearcher's filter field (from the metadata), not a term of the query: as a term, it could
            // be the one the presearcher indexes the query by, and filter fields are left out of a document's terms.
            batch.add(new MonitorQuery(filter.id().toString(), queries.translate(filter.condition()), null,
                    Map.of(ItemFields.KIND, filter.subject().name())));
            tests.put(filter.id().toString(), predicates.compile(filter.condition()));
            if (batch.size() == REGISTER_CHUNK) register(batch);
        }
        if (!batch.isEmpty()) register(batch);
    }

    private void register(List<MonitorQuery> batch) {
        try {
            monitor.register(batch);
            batch.clear();
        } catch (IOException e) {
            throw new ClassifierUnavailableException("Lucene Monitor refused filters", e);
        }
    }

    @Override
    public void removeFilters(Collection<UUID> filterIds) {
        requireFilled();
        if (!mayWrite()) return;
        try {
            List<String> ids = filterIds.stream().map(UUID::toString).toList();
            monitor.deleteById(ids);
            ids.forEach(tests::remove);
        } catch (IOException e) {
            throw new ClassifierUnavailableException("Lucene Monitor could not remove filters", e);
        }
    }

    @Override
    public Map<ItemKey, Set<UUID>> classify(List<Item> batch) {
        requireFilled();
        return match(prepare(batch));
    }

    /** Analyses each item once, for the item index and the monitor alike. */
    @Override
    public Map<ItemKey, Set<UUID>> storeAndClassify(List<Item> batch) {
        requireFilled();
        if (!mayWrite()) return classify(batch);
        List<List<FilterPredicates.Prepared>> parts = prepare(batch);
        inParts(parts.size(), i -> {
            try {
                for (FilterPredicates.Prepared item : parts.get(i)) {
                    items.updateDocument(new Term(ItemFields.KEY, item.item.key().value()), LuceneDocuments.of(item));
                }
            } catch (IOException e) {
                throw new ClassifierUnavailableException("the item index refused items", e);
            }
        });
        refreshItems();
        return match(parts);
    }

    /**
     * The items analysed (cut into words) side by side, in parts: one part per core, each of one kind (the monitor
     * matches a batch of one kind at a time: its filter field must have one value in a batch).
     */
    private List<List<FilterPredicates.Prepared>> prepare(List<Item> batch) {
        Map<ItemKind, List<Item>> byKind = new LinkedHashMap<>();
        for (Item item : batch) byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        List<List<Item>> parts = new ArrayList<>();
        for (List<Item> same : byKind.values()) {
            int size = Math.max(MIN_PART, (same.size() + CORES - 1) / CORES);
            for (int from = 0; from < same.size(); from += size) parts.add(same.subList(from, Math.min(same.size(), from + size)));
        }
        List<List<FilterPredicates.Prepared>> prepared = new ArrayList<>();
        for (List<Item> part : parts) prepared.add(new ArrayList<>(part.size()));
        inParts(parts.size(), i -> {
            for (Item item : parts.get(i)) prepared.get(i).add(predicates.prepare(item));
        });
        return prepared;
    }

    private Map<ItemKey, Set<UUID>> match(List<List<FilterPredicates.Prepared>> parts) {
        Map<ItemKey, Set<UUID>> matched = new ConcurrentHashMap<>();
        for (List<FilterPredicates.Prepared> part : parts) for (FilterPredicates.Prepared item : part) {
            matched.put(item.item.key(), ConcurrentHashMap.newKeySet());
        }
        inParts(parts.size(), i -> match(parts.get(i), matched));
        return matched;
    }

    /**
     * Runs the work on each part (by number), side by side when there are several (the calling thread takes the first),
     * and returns once every part has stopped: a part left running after a failure could write an item into the index
     * after the retry that follows removed it. The first failure is thrown.
     */
    private void inParts(int parts, IntConsumer work) {
        if (parts == 0) return;
        List<Future<?>> running = new ArrayList<>();
        for (int i = 1; i < parts; i++) {
            int part = i;
            running.add(matchers.submit(() -> work.accept(part)));
        }
        RuntimeException failed = null;
        try {
            work.accept(0);
        } catch (RuntimeException e) {
            failed = e;
        }
        boolean interrupted = false;
        for (Future<?> part : running) {
            while (true) {
                try {
                    part.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true; // wait on: the part must stop first
                } catch (ExecutionException e) {
                    if (failed == null) failed = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            if (failed == null) failed = new ClassifierUnavailableException("interrupted while matching items", null);
        }
        if (failed != null) throw failed;
    }

    private void match(List<FilterPredicates.Prepared> same, Map<ItemKey, Set<UUID>> matched) {
        FilterPredicates.Prepared[] prepared = same.toArray(FilterPredicates.Prepared[]::new);
        Document[] docs = Arrays.stream(prepared).map(LuceneDocuments::of).toArray(Document[]::new);
        try {
            MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, searcher -> new Verifier(searcher, prepared));
            if (!matches.getErrors().isEmpty()) throw new IllegalStateException("filters failed on the items: " + matches.getErrors());
            for (int i = 0; i < docs.length; i++) {
                for (QueryMatch match : matches.getMatches(i)) matched.get(prepared[i].item.key()).add(UUID.fromString(match.getQueryId()));
            }
        } catch (IOException e) {
            throw new ClassifierUnavailableException("Lucene Monitor could not match items", e);
        }
    }

    @Override
    public void storeItems(List<Item> batch) {
        requireFilled();
        if (!mayWrite()) return;
        try {
            for (Item item : batch) items.updateDocument(new Term(ItemFields.KEY, item.key().value()), LuceneDocuments.of(item));
        } catch (IOException e) {
            throw new ClassifierUnavailableException("the item index refused items", e);
        }
        refreshItems();
    }

    private void refreshItems() {
        try {
            itemSearchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ClassifierUnavailableException("the item index could not be refreshed", e);
        }
    }

    @Override
    public void removeItems(Collection<ItemKey> keys) {
        requireFilled();
        if (!mayWrite()) return;
        try {
            items.deleteDocuments(keys.stream().map(k -> new Term(ItemFields.KEY, k.value())).toArray(Term[]::new));
            itemSearchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ClassifierUnavailableException("the item index could not remove items", e);
        }
    }

    @Override
    public void matchingItems(StoredFilter filter, int pageSize, Consumer<List<ItemKey>> page) {
        requireFilled();
        Query query = queries.of(filter.subject(), filter.condition());
        try {
            IndexSearcher searcher = itemSearchers.acquire();
            try {
                ScoreDoc after = null;
                while (true) {
                    TopDocs found = after == null ? searcher.search(query, pageSize) : searcher.searchAfter(after, query, pageSize);
                    if (found.scoreDocs.length == 0) return;
                    List<ItemKey> keys = new ArrayList<>();
                    for (ScoreDoc hit : found.scoreDocs) keys.add(ItemKey.parse(searcher.storedFields().document(hit.doc).get(ItemFields.KEY)));
                    page.accept(keys);
                    if (found.scoreDocs.length < pageSize) return;
                    after = found.scoreDocs[found.scoreDocs.length - 1];
                }
            } finally {
                itemSearchers.release(searcher);
            }
        } catch (IOException e) {
            throw new ClassifierUnavailableException("the item index could not be searched", e);
        }
    }

    /**
     * Checks the candidates the monitor picked for a batch with the filters' compiled tests, not by running each
     * filter's Lucene query over the batch: the same meaning (the differential test holds both to it), at a small
     * part of the cost, which matters because a broad filter is a candidate, and a match, for many items. The monitor
     * numbers a batch's documents in the order given.
     */
    private final class Verifier extends CandidateMatcher<QueryMatch> {
        private final FilterPredicates.Prepared[] batch;

        Verifier(IndexSearcher searcher, FilterPredicates.Prepared[] batch) {
            super(searcher);
            this.batch = batch;
        }

        @Override
        protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) {
            Predicate<FilterPredicates.Prepared> test = tests.get(queryId);
            if (test == null) return; // removed while the batch was matched
            for (int doc = 0; doc < batch.length; doc++) if (test.test(batch[doc])) addMatch(new QueryMatch(queryId), doc);
        }

        @Override
        public QueryMatch resolve(QueryMatch one, QueryMatch other) {
            return one;
        }
    }

    /**
     * From now until {@link #fill} has run to its end, the classifier is unavailable to every caller but the filling
     * one: matched against half its filters, an item would leave pools it belongs to, and a back-fill over half the
     * items would empty a pool; a change applied while filling could be overwritten by an older page of the fill.
     * Callers retry on {@link ClassifierUnavailableException}, so they wait for the fill.
     */
    public void expectFill() {
        filled = false;
    }

    /** Fills the classifier on this thread (every filter, every item); the others wait until it is done. */
    @Override
    public void fill(Runnable load) {
        filler = Thread.currentThread();
        try {
            load.run();
            filled = true;
        } finally {
            filler = null;
        }
    }

    @Override
    public void writtenOnlyBy(Thread writer) {
        this.writer = writer;
    }

    private boolean mayWrite() {
        Thread only = writer;
        return only == null || only == Thread.currentThread();
    }

    private void requireFilled() {
        if (!filled && Thread.currentThread() != filler) {
            throw new ClassifierUnavailableException("the embedded classifier is still being filled", null);
        }
    }

    /** How many filters the monitor holds. */
    @Override
    public int filterCount() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        matchers.shutdownNow();
        itemSearchers.close();
        items.close();
        monitor.close();
    }
}

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
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
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
public final class LuceneMonitorClassifier implements Classifier, AutoCloseable {
    /** Registering many queries at once needs memory in proportion: a few hundred at a time is enough to be fast. */
    private static final int REGISTER_CHUNK = 500;
    private final LuceneQueries queries;
    private final Monitor monitor;
    private final IndexWriter items;
    private final SearcherManager itemSearchers;

    public LuceneMonitorClassifier(KoreanAnalysis analysis) {
        this.queries = new LuceneQueries(analysis);
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
        List<MonitorQuery> batch = new ArrayList<>();
        for (StoredFilter filter : filters) {
            // The kind is the presearcher's filter field (from the metadata), not a term of the query: as a term, it could
            // be the one the presearcher indexes the query by, and filter fields are left out of a document's terms.
            batch.add(new MonitorQuery(filter.id().toString(), queries.translate(filter.condition()), null,
                    Map.of(ItemFields.KIND, filter.subject().name())));
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
        try {
            monitor.deleteById(filterIds.stream().map(UUID::toString).toList());
        } catch (IOException e) {
            throw new ClassifierUnavailableException("Lucene Monitor could not remove filters", e);
        }
    }

    @Override
    public Map<ItemKey, Set<UUID>> classify(List<Item> batch) {
        Map<ItemKey, Set<UUID>> matched = new LinkedHashMap<>();
        for (Item item : batch) matched.put(item.key(), new HashSet<>());
        // The monitor matches a batch of one kind at a time (its filter field must have one value in a batch).
        Map<ItemKind, List<Item>> byKind = new LinkedHashMap<>();
        for (Item item : batch) byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
        for (List<Item> same : byKind.values()) {
            Document[] docs = same.stream().map(LuceneDocuments::of).toArray(Document[]::new);
            try {
                MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
                if (!matches.getErrors().isEmpty()) {
                    throw new IllegalStateException("filters failed on the items: " + matches.getErrors());
                }
                for (int i = 0; i < docs.length; i++) {
                    for (QueryMatch match : matches.getMatches(i)) matched.get(same.get(i).key()).add(UUID.fromString(match.getQueryId()));
                }
            } catch (IOException e) {
                throw new ClassifierUnavailableException("Lucene Monitor could not match items", e);
            }
        }
        return matched;
    }

    @Override
    public void storeItems(List<Item> batch) {
        try {
            for (Item item : batch) items.updateDocument(new Term(ItemFields.KEY, item.key().value()), LuceneDocuments.of(item));
            itemSearchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ClassifierUnavailableException("the item index refused items", e);
        }
    }

    @Override
    public void removeItems(Collection<ItemKey> keys) {
        try {
            items.deleteDocuments(keys.stream().map(k -> new Term(ItemFields.KEY, k.value())).toArray(Term[]::new));
            itemSearchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new ClassifierUnavailableException("the item index could not remove items", e);
        }
    }

    @Override
    public void matchingItems(StoredFilter filter, int pageSize, Consumer<List<ItemKey>> page) {
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

    /** How many filters the monitor holds. */
    public int filterCount() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        itemSearchers.close();
        items.close();
        monitor.close();
    }
}

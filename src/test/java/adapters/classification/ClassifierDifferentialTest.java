package adapters.classification;

import static org.assertj.core.api.Assertions.assertThat;

import domain.classification.FilterLanguage;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.StoredFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random filters against random items (fixed seeds), through both classifiers and the plain reference matcher: the
 * three must find the very same matches for every item. Every filter also reads back from the filter language as
 * itself, so that what is stored is what was meant.
 */
class ClassifierDifferentialTest {
    private static final int FILTERS = 3_000, ITEMS = 2_000, BATCH = 100;

    @ParameterizedTest
    @ValueSource(longs = {20_261_207L, 7L})
    void bothClassifiersAndTheReferenceAgreeOnEveryItem(long seed) throws Exception {
        KoreanAnalysis analysis = new KoreanAnalysis();
        Samples samples = new Samples(seed);
        List<StoredFilter> filters = samples.filters(FILTERS);
        List<Item> items = samples.items(ITEMS);
        for (StoredFilter filter : filters) {
            assertThat(FilterLanguage.read(FilterLanguage.write(filter.condition()), filter.subject(), analysis))
                    .as("filter %s reads back", filter.id()).isEqualTo(filter.condition());
        }
        ReferenceMatcher reference = new ReferenceMatcher(analysis);
        String prefix = "test-differential-" + UUID.randomUUID();
        try (RestClient client = SearchEngine.client(); LuceneMonitorClassifier embedded = new LuceneMonitorClassifier(analysis)) {
            PercolatorClassifier percolator = new PercolatorClassifier(client, SearchEngine.JSON, prefix, 1, 0);
            try {
                embedded.storeFilters(filters);
                percolator.storeFilters(filters);
                long matches = 0;
                List<String> disagreements = new ArrayList<>();
                for (int from = 0; from < items.size(); from += BATCH) {
                    List<Item> batch = items.subList(from, Math.min(items.size(), from + BATCH));
                    Map<ItemKey, Set<UUID>> byMonitor = embedded.classify(batch);
                    Map<ItemKey, Set<UUID>> byPercolator = percolator.classify(batch);
                    for (Item item : batch) {
                        Set<UUID> expected = reference.matches(item, filters);
                        matches += expected.size();
                        if (!expected.equals(byMonitor.get(item.key())) || !expected.equals(byPercolator.get(item.key()))) {
                            disagreements.add(item + "\n  reference " + expected.size() + " " + sorted(expected)
                                    + "\n  monitor " + sorted(byMonitor.get(item.key())) + "\n  percolator " + sorted(byPercolator.get(item.key())));
                        }
                    }
                }
                assertThat(disagreements).as("items the three disagree on").isEmpty();
                assertThat(matches).as("matches in all: the samples must match often enough to mean something")
                        .isGreaterThan(ITEMS * 5L);
            } finally {
                SearchEngine.deleteIndices(client, prefix);
            }
        }
    }

    private static List<UUID> sorted(Set<UUID> ids) {
        return ids == null ? null : ids.stream().sorted().toList();
    }
}

package adapters.classification;

import domain.classification.Condition;
import domain.classification.FilterTester;
import domain.classification.Item;
import domain.classification.StoredFilter;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.memory.MemoryIndex;

/**
 * A dry run on one sample item, in memory: the item in a Lucene MemoryIndex, the filter as the embedded classifier
 * builds it (the search engine's percolator matches the same, as the differential test holds).
 */
public final class LuceneFilterTester implements FilterTester {
    private final KoreanAnalysis analysis;
    private final LuceneQueries queries;

    public LuceneFilterTester(KoreanAnalysis analysis) {
        this.analysis = analysis;
        this.queries = new LuceneQueries(analysis);
    }

    @Override
    public Outcome test(StoredFilter filter, Item item) {
        if (item.kind() != filter.subject()) return new Outcome(false, List.of());
        MemoryIndex index = MemoryIndex.fromDocument(LuceneDocuments.of(item), analysis.analyzer());
        boolean matches = index.search(queries.translate(filter.condition())) > 0;
        List<Boolean> parts = new ArrayList<>();
        for (Condition part : parts(filter.condition())) parts.add(index.search(queries.translate(part)) > 0);
        return new Outcome(matches, parts);
    }

    /** The parts of a top-level and or or; a shop's pool wraps its filter in an and with the shop: its parts are shown. */
    private static List<Condition> parts(Condition condition) {
        if (condition instanceof Condition.And and) {
            if (and.all().size() == 2 && and.all().get(0) instanceof Condition.ShopIn) return parts(and.all().get(1));
            return and.all();
        }
        if (condition instanceof Condition.Or or) return or.any();
        return List.of();
    }
}

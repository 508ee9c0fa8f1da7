package adapters.classification;

import domain.classification.Item;
import domain.classification.ItemKind;
import domain.classification.StoredFilter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The old way, done as well as it can be, for the benchmark: every filter evaluated against every item, in memory. Not
 * a strawman: each filter is compiled once into predicates ({@link FilterPredicates}: keywords analysed in advance,
 * sets of terms, and/or short-circuited), each item is cut into words once, and a condition costs a hash lookup. It
 * is the very test the embedded classifier runs on its candidates: the difference between the two is only that the
 * embedded one tests the candidates Lucene Monitor picks, and this one tests them all.
 */
final class NaiveLoop {
    private record Compiled(UUID id, ItemKind kind, Predicate<FilterPredicates.Prepared> test) { }

    private final FilterPredicates predicates;
    private final List<Compiled> filters = new ArrayList<>();

    NaiveLoop(KoreanAnalysis analysis, List<StoredFilter> stored) {
        this.predicates = new FilterPredicates(analysis);
        for (StoredFilter filter : stored) filters.add(new Compiled(filter.id(), filter.subject(), predicates.compile(filter.condition())));
    }

    Set<UUID> matches(Item item) {
        FilterPredicates.Prepared prepared = predicates.prepare(item);
        Set<UUID> ids = new HashSet<>();
        for (Compiled filter : filters) if (filter.kind == item.kind() && filter.test.test(prepared)) ids.add(filter.id);
        return ids;
    }
}

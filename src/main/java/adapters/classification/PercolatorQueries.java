package adapters.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Condition;
import domain.classification.Condition.TextField;
import domain.classification.ItemKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * gudok's filter language in the search engine's query DSL (Elasticsearch's, which OpenSearch speaks too) over
 * {@link ItemFields}: the same queries {@link LuceneQueries} builds, written as JSON trees. Text conditions are
 * {@code match_phrase} queries, analyzed by the field's analyzer, as Lucene's are by the same one.
 */
final class PercolatorQueries {
    private PercolatorQueries() { }

    static Map<String, Object> of(ItemKind subject, Condition condition) {
        return bool("filter", List.of(term(ItemFields.KIND, subject.name()), translate(condition)));
    }

    static Map<String, Object> translate(Condition condition) {
        if (condition instanceof Condition.And and) return all(and.all().stream().map(PercolatorQueries::translate).toList());
        if (condition instanceof Condition.Or or) return any(or.any().stream().map(PercolatorQueries::translate).toList());
        if (condition instanceof Condition.Not not) return bool("must_not", List.of(translate(not.condition())));
        if (condition instanceof Condition.Keywords k) {
            List<Map<String, Object>> words = k.words().stream().map(word -> text(word, k.in())).toList();
            return switch (k.mode()) {
                case ANY -> any(words);
                case ALL -> all(words);
                case NONE -> bool("must_not", words);
            };
        }
        if (condition instanceof Condition.Phrase p) return text(p.text(), p.in());
        if (condition instanceof Condition.CategoryIn c) return terms(ItemFields.CATEGORY, c.categories(), Category::code);
        if (condition instanceof Condition.TagsAny t) return terms(ItemFields.TAGS, t.tags(), Function.identity());
        if (condition instanceof Condition.PriceRange r) {
            Map<String, Object> bounds = new LinkedHashMap<>();
            if (r.min() != null) bounds.put("gte", r.min());
            if (r.max() != null) bounds.put("lte", r.max());
            return Map.of("range", Map.of(ItemFields.PRICE, bounds));
        }
        if (condition instanceof Condition.ImagesAtLeast i) return Map.of("range", Map.of(ItemFields.IMAGES, Map.of("gte", i.count())));
        if (condition instanceof Condition.RegionIn r) {
            List<Map<String, Object>> any = new ArrayList<>();
            for (Region region : r.regions()) {
                any.add(term(ItemFields.REGION_IN, region.code()));
                if (!region.larger().isEmpty()) any.add(Map.of("terms", Map.of(ItemFields.REGION_SERVED, region.larger())));
            }
            return any(any);
        }
        if (condition instanceof Condition.ShopIn s) return terms(ItemFields.SHOP, s.shops(), UUID::toString);
        if (condition instanceof Condition.PlanKindIn k) return terms(ItemFields.PLAN_KIND, k.kinds(), PlanKind::name);
        if (condition instanceof Condition.LoggerIn l) return terms(ItemFields.LOGGER, l.loggers(), Function.identity());
        if (condition instanceof Condition.LevelIn l) return terms(ItemFields.LEVEL, l.levels(), Function.identity());
        if (condition instanceof Condition.ExceptionIn e) return terms(ItemFields.EXCEPTION, e.types(), Function.identity());
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    private static Map<String, Object> text(String words, TextField in) {
        return switch (in) {
            case TITLE -> phrase(ItemFields.TITLE, words);
            case BODY -> phrase(ItemFields.BODY, words);
            case ANY -> any(List.of(phrase(ItemFields.TITLE, words), phrase(ItemFields.BODY, words)));
        };
    }

    private static Map<String, Object> phrase(String field, String words) {
        return Map.of("match_phrase", Map.of(field, Map.of("query", words)));
    }

    private static Map<String, Object> term(String field, String value) {
        return Map.of("term", Map.of(field, value));
    }

    private static <T> Map<String, Object> terms(String field, List<T> values, Function<T, String> text) {
        return Map.of("terms", Map.of(field, values.stream().map(text).toList()));
    }

    private static Map<String, Object> any(List<Map<String, Object>> queries) {
        if (queries.size() == 1) return queries.get(0);
        return Map.of("bool", Map.of("should", queries, "minimum_should_match", 1));
    }

    private static Map<String, Object> all(List<Map<String, Object>> queries) {
        return queries.size() == 1 ? queries.get(0) : bool("filter", queries);
    }

    private static Map<String, Object> bool(String occur, List<Map<String, Object>> queries) {
        return Map.of("bool", Map.of(occur, queries));
    }
}

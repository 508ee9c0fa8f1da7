package adapters.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Condition;
import domain.classification.Condition.TextField;
import domain.classification.Item;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * gudok's filter language as plain Java predicates over an item cut into words once: the same meaning as
 * {@link LuceneQueries}, clause for clause, over the same {@link ItemFields}, without building a Lucene query per
 * test. Lucene Monitor picks the candidate filters for an item; these tell whether each candidate matches, at the
 * cost of a few hash lookups instead of a search.
 */
final class FilterPredicates {

    /** An item cut into words once: each word's positions in the title and in the body, and its keyword fields. */
    static final class Prepared {
        final Item item;
        final List<KoreanAnalysis.Word> titleWords, bodyWords;
        final Map<String, int[]> title, body;
        final Map<String, Set<String>> keywords = new HashMap<>();

        private Prepared(Item item, KoreanAnalysis analysis) {
            this.item = item;
            this.titleWords = analysis.positioned(item.title());
            this.bodyWords = analysis.positioned(item.body());
            this.title = positions(titleWords);
            this.body = positions(bodyWords);
            ItemFields.keywords(item).forEach((field, values) -> keywords.put(field, Set.copyOf(values)));
        }

        private static Map<String, int[]> positions(List<KoreanAnalysis.Word> words) {
            Map<String, List<Integer>> at = new HashMap<>();
            for (KoreanAnalysis.Word w : words) at.computeIfAbsent(w.text(), t -> new ArrayList<>()).add(w.position());
            Map<String, int[]> positions = new HashMap<>();
            at.forEach((word, list) -> positions.put(word, list.stream().mapToInt(Integer::intValue).toArray()));
            return positions;
        }

        boolean has(String field, Set<String> anyOf) {
            Set<String> values = keywords.get(field);
            if (values == null) return false;
            for (String value : values) if (anyOf.contains(value)) return true;
            return false;
        }
    }

    private final KoreanAnalysis analysis;

    FilterPredicates(KoreanAnalysis analysis) {
        this.analysis = analysis;
    }

    Prepared prepare(Item item) {
        return new Prepared(item, analysis);
    }

    Predicate<Prepared> compile(Condition condition) {
        if (condition instanceof Condition.And and) return all(and.all().stream().map(this::compile).toList());
        if (condition instanceof Condition.Or or) return any(or.any().stream().map(this::compile).toList());
        if (condition instanceof Condition.Not not) return compile(not.condition()).negate();
        if (condition instanceof Condition.Keywords k) {
            List<Predicate<Prepared>> words = k.words().stream().map(word -> text(word, k.in())).toList();
            return switch (k.mode()) {
                case ANY -> any(words);
                case ALL -> all(words);
                case NONE -> any(words).negate();
            };
        }
        if (condition instanceof Condition.Phrase p) return text(p.text(), p.in());
        if (condition instanceof Condition.CategoryIn c) return terms(ItemFields.CATEGORY, c.categories(), Category::code);
        if (condition instanceof Condition.TagsAny t) return terms(ItemFields.TAGS, t.tags(), Function.identity());
        if (condition instanceof Condition.PriceRange r) {
            long min = r.min() == null ? 0 : r.min(), max = r.max() == null ? Long.MAX_VALUE : r.max();
            return item -> item.item.price() != null && item.item.price() >= min && item.item.price() <= max;
        }
        if (condition instanceof Condition.ImagesAtLeast i) return item -> item.item.imageCount() >= i.count();
        if (condition instanceof Condition.RegionIn r) {
            Set<String> in = new HashSet<>(), served = new HashSet<>();
            for (Region region : r.regions()) {
                in.add(region.code());
                served.addAll(region.larger());
            }
            return item -> item.has(ItemFields.REGION_IN, in) || item.has(ItemFields.REGION_SERVED, served);
        }
        if (condition instanceof Condition.ShopIn s) return terms(ItemFields.SHOP, s.shops(), UUID::toString);
        if (condition instanceof Condition.PlanKindIn k) return terms(ItemFields.PLAN_KIND, k.kinds(), PlanKind::name);
        if (condition instanceof Condition.LoggerIn l) return terms(ItemFields.LOGGER, l.loggers(), Function.identity());
        if (condition instanceof Condition.LevelIn l) return terms(ItemFields.LEVEL, l.levels(), Function.identity());
        if (condition instanceof Condition.ExceptionIn e) return terms(ItemFields.EXCEPTION, e.types(), Function.identity());
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    /** The words stand in the title (or the body) at the same distances from one another as in the phrase. */
    private Predicate<Prepared> text(String phrase, TextField in) {
        List<KoreanAnalysis.Word> cut = analysis.positioned(phrase);
        if (cut.isEmpty()) return item -> false; // as the Lucene query: words the analyzer drops match nothing
        String[] words = cut.stream().map(KoreanAnalysis.Word::text).toArray(String[]::new);
        int[] offsets = cut.stream().mapToInt(w -> w.position() - cut.get(0).position()).toArray();
        Predicate<Map<String, int[]>> holds = words.length == 1 ? field -> field.containsKey(words[0]) : field -> phraseIn(field, words, offsets);
        return switch (in) {
            case TITLE -> item -> holds.test(item.title);
            case BODY -> item -> holds.test(item.body);
            case ANY -> item -> holds.test(item.title) || holds.test(item.body);
        };
    }

    private static boolean phraseIn(Map<String, int[]> field, String[] words, int[] offsets) {
        int[] starts = field.get(words[0]);
        if (starts == null) return false;
        for (int start : starts) {
            boolean all = true;
            for (int i = 1; i < words.length && all; i++) {
                int[] at = field.get(words[i]);
                all = at != null && contains(at, start + offsets[i]);
            }
            if (all) return true;
        }
        return false;
    }

    private static boolean contains(int[] positions, int wanted) {
        for (int p : positions) if (p == wanted) return true;
        return false;
    }

    private static <T> Predicate<Prepared> terms(String field, List<T> values, Function<T, String> text) {
        Set<String> wanted = new HashSet<>();
        for (T value : values) wanted.add(text.apply(value));
        return item -> item.has(field, wanted);
    }

    @SuppressWarnings("unchecked")
    private static Predicate<Prepared> all(List<Predicate<Prepared>> parts) {
        if (parts.size() == 1) return parts.get(0);
        Predicate<Prepared>[] array = parts.toArray(Predicate[]::new);
        return item -> {
            for (Predicate<Prepared> p : array) if (!p.test(item)) return false;
            return true;
        };
    }

    @SuppressWarnings("unchecked")
    private static Predicate<Prepared> any(List<Predicate<Prepared>> parts) {
        if (parts.size() == 1) return parts.get(0);
        Predicate<Prepared>[] array = parts.toArray(Predicate[]::new);
        return item -> {
            for (Predicate<Prepared> p : array) if (p.test(item)) return true;
            return false;
        };
    }
}

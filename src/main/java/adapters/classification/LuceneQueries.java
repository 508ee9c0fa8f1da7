package adapters.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Condition;
import domain.classification.Condition.TextField;
import domain.classification.ItemKind;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/** gudok's filter language as Lucene queries over {@link ItemFields}, for Lucene Monitor and the in-memory item index. */
final class LuceneQueries {
    private final QueryBuilder phrases;

    LuceneQueries(KoreanAnalysis analysis) {
        this.phrases = new QueryBuilder(analysis.analyzer());
    }

    /** The condition, for items of the subject's kind only. */
    Query of(ItemKind subject, Condition condition) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ItemFields.KIND, subject.name())), Occur.FILTER)
                .add(translate(condition), Occur.MUST).build();
    }

    Query translate(Condition condition) {
        if (condition instanceof Condition.And and) return all(and.all().stream().map(this::translate).toList());
        if (condition instanceof Condition.Or or) return any(or.any().stream().map(this::translate).toList());
        if (condition instanceof Condition.Not not) return none(List.of(translate(not.condition())));
        if (condition instanceof Condition.Keywords k) {
            List<Query> words = k.words().stream().map(word -> text(word, k.in())).toList();
            return switch (k.mode()) {
                case ANY -> any(words);
                case ALL -> all(words);
                case NONE -> none(words);
            };
        }
        if (condition instanceof Condition.Phrase p) return text(p.text(), p.in());
        if (condition instanceof Condition.CategoryIn c) return terms(ItemFields.CATEGORY, c.categories(), Category::code);
        if (condition instanceof Condition.TagsAny t) return terms(ItemFields.TAGS, t.tags(), Function.identity());
        if (condition instanceof Condition.PriceRange r) {
            return LongPoint.newRangeQuery(ItemFields.PRICE, r.min() == null ? 0 : r.min(), r.max() == null ? Long.MAX_VALUE : r.max());
        }
        if (condition instanceof Condition.ImagesAtLeast i) return IntPoint.newRangeQuery(ItemFields.IMAGES, i.count(), Integer.MAX_VALUE);
        if (condition instanceof Condition.RegionIn r) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (Region region : r.regions()) {
                any.add(new TermQuery(new Term(ItemFields.REGION_IN, region.code())), Occur.SHOULD);
                for (String larger : region.larger()) any.add(new TermQuery(new Term(ItemFields.REGION_SERVED, larger)), Occur.SHOULD);
            }
            return any.build();
        }
        if (condition instanceof Condition.ShopIn s) return terms(ItemFields.SHOP, s.shops(), UUID::toString);
        if (condition instanceof Condition.PlanKindIn k) return terms(ItemFields.PLAN_KIND, k.kinds(), PlanKind::name);
        if (condition instanceof Condition.LoggerIn l) return terms(ItemFields.LOGGER, l.loggers(), Function.identity());
        if (condition instanceof Condition.LevelIn l) return terms(ItemFields.LEVEL, l.levels(), Function.identity());
        if (condition instanceof Condition.ExceptionIn e) return terms(ItemFields.EXCEPTION, e.types(), Function.identity());
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    /** The words in order, in the title, the body, or either (never running from one into the other). */
    private Query text(String words, TextField in) {
        return switch (in) {
            case TITLE -> phrase(ItemFields.TITLE, words);
            case BODY -> phrase(ItemFields.BODY, words);
            case ANY -> any(List.of(phrase(ItemFields.TITLE, words), phrase(ItemFields.BODY, words)));
        };
    }

    private Query phrase(String field, String words) {
        Query query = phrases.createPhraseQuery(field, words);
        // The filter language refuses words the analyzer drops entirely; should one slip through, it matches nothing.
        return query == null ? new MatchNoDocsQuery("no words in '" + words + "'") : query;
    }

    private static <T> Query terms(String field, List<T> values, Function<T, String> text) {
        return any(values.stream().map(v -> (Query) new TermQuery(new Term(field, text.apply(v)))).toList());
    }

    private static Query any(List<Query> queries) {
        if (queries.size() == 1) return queries.get(0);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (Query q : queries) any.add(q, Occur.SHOULD);
        return any.build();
    }

    private static Query all(List<Query> queries) {
        if (queries.size() == 1) return queries.get(0);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Query q : queries) all.add(q, Occur.MUST);
        return all.build();
    }

    /** None of them: Lucene needs something to take away from, so everything is taken first. */
    private static Query none(List<Query> queries) {
        BooleanQuery.Builder none = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
        for (Query q : queries) none.add(q, Occur.MUST_NOT);
        return none.build();
    }
}

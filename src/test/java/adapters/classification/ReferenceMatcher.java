package adapters.classification;

import domain.catalog.Region;
import domain.classification.Condition;
import domain.classification.Condition.TextField;
import domain.classification.Item;
import domain.classification.StoredFilter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The filter language's meaning in plain Java, for the tests: every filter evaluated against every item, no engine.
 * Text is cut by the same analyzer the classifiers use; a phrase matches where its words stand at the same distances
 * in the title or the body.
 */
final class ReferenceMatcher {
    private final KoreanAnalysis analysis;
    private final Map<String, List<KoreanAnalysis.Word>> cut = new HashMap<>();

    ReferenceMatcher(KoreanAnalysis analysis) {
        this.analysis = analysis;
    }

    Set<UUID> matches(Item item, List<StoredFilter> filters) {
        Set<UUID> ids = new HashSet<>();
        for (StoredFilter filter : filters) {
            if (filter.subject() == item.kind() && holds(filter.condition(), item)) ids.add(filter.id());
        }
        return ids;
    }

    boolean holds(Condition c, Item item) {
        if (c instanceof Condition.And and) return and.all().stream().allMatch(part -> holds(part, item));
        if (c instanceof Condition.Or or) return or.any().stream().anyMatch(part -> holds(part, item));
        if (c instanceof Condition.Not not) return !holds(not.condition(), item);
        if (c instanceof Condition.Keywords k) {
            return switch (k.mode()) {
                case ANY -> k.words().stream().anyMatch(w -> contains(item, w, k.in()));
                case ALL -> k.words().stream().allMatch(w -> contains(item, w, k.in()));
                case NONE -> k.words().stream().noneMatch(w -> contains(item, w, k.in()));
            };
        }
        if (c instanceof Condition.Phrase p) return contains(item, p.text(), p.in());
        if (c instanceof Condition.CategoryIn in) {
            return item.category() != null && in.categories().stream().anyMatch(cat -> item.category().isWithin(cat));
        }
        if (c instanceof Condition.TagsAny t) return t.tags().stream().anyMatch(item.tags()::contains);
        if (c instanceof Condition.PriceRange r) {
            return item.price() != null && (r.min() == null || item.price() >= r.min()) && (r.max() == null || item.price() <= r.max());
        }
        if (c instanceof Condition.ImagesAtLeast i) return item.imageCount() >= i.count();
        if (c instanceof Condition.RegionIn r) {
            for (Region wanted : r.regions()) for (Region served : item.regions()) if (served.overlaps(wanted)) return true;
            return false;
        }
        if (c instanceof Condition.ShopIn s) return item.shopId() != null && s.shops().contains(item.shopId());
        if (c instanceof Condition.PlanKindIn k) return item.planKind() != null && k.kinds().contains(item.planKind());
        if (c instanceof Condition.LoggerIn l) {
            return item.logger() != null && l.loggers().stream().anyMatch(n -> item.logger().equals(n) || item.logger().startsWith(n + "."));
        }
        if (c instanceof Condition.LevelIn l) return item.level() != null && l.levels().contains(item.level());
        if (c instanceof Condition.ExceptionIn e) {
            return item.exceptionTypes().stream().anyMatch(type -> e.types().contains(type)
                    || e.types().contains(type.substring(type.lastIndexOf('.') + 1)));
        }
        throw new IllegalArgumentException("unknown condition " + c);
    }

    private boolean contains(Item item, String words, TextField in) {
        return switch (in) {
            case TITLE -> phraseIn(item.title(), words);
            case BODY -> phraseIn(item.body(), words);
            case ANY -> phraseIn(item.title(), words) || phraseIn(item.body(), words);
        };
    }

    /** The words of {@code phrase} stand in {@code text} in the same order, at the same distances from one another. */
    private boolean phraseIn(String text, String phrase) {
        List<KoreanAnalysis.Word> wanted = cut.computeIfAbsent(phrase, analysis::positioned);
        if (wanted.isEmpty()) return false;
        List<KoreanAnalysis.Word> have = cut.computeIfAbsent(text, analysis::positioned);
        Map<Integer, Set<String>> at = new HashMap<>();
        for (KoreanAnalysis.Word w : have) at.computeIfAbsent(w.position(), p -> new HashSet<>()).add(w.text());
        int first = wanted.get(0).position();
        for (KoreanAnalysis.Word start : have) {
            if (!start.text().equals(wanted.get(0).text())) continue;
            boolean all = true;
            for (KoreanAnalysis.Word w : wanted) {
                Set<String> there = at.get(start.position() + w.position() - first);
                if (there == null || !there.contains(w.text())) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }
}

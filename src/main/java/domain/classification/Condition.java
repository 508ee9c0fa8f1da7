package domain.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import java.util.List;
import java.util.UUID;

/**
 * A filter's rule, as gudok's filter language says it (docs/classification.md). The domain knows nothing of how an
 * engine runs it: each classifier adapter translates it into its own queries, and {@code FilterLanguage} reads and
 * writes it as JSON-like trees.
 */
public sealed interface Condition {

    /** Which of the item's texts a keyword or phrase is looked for in. */
    enum TextField { TITLE, BODY, ANY }

    /** ANY: at least one of the words; ALL: every one; NONE: not one. */
    enum Mode { ANY, ALL, NONE }

    /** Words, each matched as the analyzer cuts it (a compound is its parts, in order). */
    record Keywords(Mode mode, List<String> words, TextField in) implements Condition {
        public Keywords {
            words = List.copyOf(words);
        }
    }

    /** Words that follow one another, in this order. */
    record Phrase(String text, TextField in) implements Condition { }

    /** The item's category is one of these or inside one of them. */
    record CategoryIn(List<Category> categories) implements Condition {
        public CategoryIn {
            categories = List.copyOf(categories);
        }
    }

    /** The item has at least one of these tags. */
    record TagsAny(List<String> tags) implements Condition {
        public TagsAny {
            tags = List.copyOf(tags);
        }
    }

    /** min ≤ price ≤ max, either bound left out; an item without a price does not match. */
    record PriceRange(Long min, Long max) implements Condition { }

    record ImagesAtLeast(int count) implements Condition { }

    /** The item is delivered somewhere in one of these regions, or to a larger region containing one. */
    record RegionIn(List<Region> regions) implements Condition {
        public RegionIn {
            regions = List.copyOf(regions);
        }
    }

    record ShopIn(List<UUID> shops) implements Condition {
        public ShopIn {
            shops = List.copyOf(shops);
        }
    }

    record PlanKindIn(List<PlanKind> kinds) implements Condition {
        public PlanKindIn {
            kinds = List.copyOf(kinds);
        }
    }

    /** A log record's logger is one of these, or in a package one of them names. */
    record LoggerIn(List<String> loggers) implements Condition {
        public LoggerIn {
            loggers = List.copyOf(loggers);
        }
    }

    /** A log record's level is one of these (WARN, ERROR). */
    record LevelIn(List<String> levels) implements Condition {
        public LevelIn {
            levels = List.copyOf(levels);
        }
    }

    /** A log record's exception (or one of its causes) is of one of these types, by full or simple class name. */
    record ExceptionIn(List<String> types) implements Condition {
        public ExceptionIn {
            types = List.copyOf(types);
        }
    }

    record And(List<Condition> all) implements Condition {
        public And {
            all = List.copyOf(all);
        }
    }

    record Or(List<Condition> any) implements Condition {
        public Or {
            any = List.copyOf(any);
        }
    }

    record Not(Condition condition) implements Condition { }
}

package domain.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Condition.And;
import domain.classification.Condition.CategoryIn;
import domain.classification.Condition.ExceptionIn;
import domain.classification.Condition.ImagesAtLeast;
import domain.classification.Condition.Keywords;
import domain.classification.Condition.LevelIn;
import domain.classification.Condition.LoggerIn;
import domain.classification.Condition.Mode;
import domain.classification.Condition.Not;
import domain.classification.Condition.Or;
import domain.classification.Condition.Phrase;
import domain.classification.Condition.PlanKindIn;
import domain.classification.Condition.PriceRange;
import domain.classification.Condition.RegionIn;
import domain.classification.Condition.ShopIn;
import domain.classification.Condition.TagsAny;
import domain.classification.Condition.TextField;
import domain.shared.InvalidInputException;
import domain.shared.Money;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * gudok's filter language (docs/classification.md), read from and written to a JSON-like tree (maps, lists, strings,
 * numbers: what a JSON parser gives). Reading checks every rule and names each offending part by its path
 * ({@code filter.and[1].price.min}), so that a curator learns all that is wrong at once.
 */
public final class FilterLanguage {
    public static final int MAX_DEPTH = 8, MAX_CONDITIONS = 100, MAX_LIST = 50, MAX_WORD_LENGTH = 100, MAX_PHRASE_LENGTH = 200;
    /** Words and codes in the whole filter: engines cap the clauses of one query (1,024 by default), and a value may take 3. */
    public static final int MAX_VALUES = 200;
    static final String ROOT = "filter";
    private static final Set<String> LEVELS = Set.of("WARN", "ERROR");
    private static final Set<String> FOR_ALL = Set.of("and", "or", "not", "keywords", "phrase");
    private static final Map<String, Set<ItemKind>> APPLIES_TO = Map.ofEntries(
            Map.entry("category", Set.of(ItemKind.PLAN, ItemKind.CONTENT)), Map.entry("tags", Set.of(ItemKind.PLAN, ItemKind.CONTENT)),
            Map.entry("price", Set.of(ItemKind.PLAN, ItemKind.CONTENT)), Map.entry("images", Set.of(ItemKind.PLAN, ItemKind.CONTENT)),
            Map.entry("region", Set.of(ItemKind.PLAN, ItemKind.CONTENT)), Map.entry("shop", Set.of(ItemKind.PLAN)),
            Map.entry("planKind", Set.of(ItemKind.PLAN)), Map.entry("logger", Set.of(ItemKind.LOG)),
            Map.entry("level", Set.of(ItemKind.LOG)), Map.entry("exception", Set.of(ItemKind.LOG)));

    private FilterLanguage() { }

    /** The condition the tree says, for filters over {@code subject} items; every broken rule is listed. */
    public static Condition read(Object tree, ItemKind subject, TextAnalyzer analyzer) {
        Reader reader = new Reader(subject, analyzer);
        Condition condition = reader.condition(tree, ROOT, 1);
        if (reader.values > MAX_VALUES) reader.fail(ROOT, "has more than " + MAX_VALUES + " words and values in all");
        if (!reader.errors.isEmpty()) throw new InvalidInputException(reader.errors);
        return condition;
    }

    /** The tree {@link #read} reads back into the same condition. */
    public static Object write(Condition condition) {
        if (condition instanceof And and) return Map.of("and", and.all().stream().map(FilterLanguage::write).toList());
        if (condition instanceof Or or) return Map.of("or", or.any().stream().map(FilterLanguage::write).toList());
        if (condition instanceof Not not) return Map.of("not", write(not.condition()));
        if (condition instanceof Keywords k) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put(k.mode().name().toLowerCase(Locale.ROOT), k.words());
            if (k.in() != TextField.ANY) body.put("in", k.in().name().toLowerCase(Locale.ROOT));
            return Map.of("keywords", body);
        }
        if (condition instanceof Phrase p) {
            return p.in() == TextField.ANY ? Map.of("phrase", p.text())
                    : Map.of("phrase", Map.of("text", p.text(), "in", p.in().name().toLowerCase(Locale.ROOT)));
        }
        if (condition instanceof CategoryIn c) return Map.of("category", c.categories().stream().map(Category::code).toList());
        if (condition instanceof TagsAny t) return Map.of("tags", t.tags());
        if (condition instanceof PriceRange r) {
            Map<String, Object> body = new LinkedHashMap<>();
            if (r.min() != null) body.put("min", r.min());
            if (r.max() != null) body.put("max", r.max());
            return Map.of("price", body);
        }
        if (condition instanceof ImagesAtLeast i) return Map.of("images", Map.of("atLeast", i.count()));
        if (condition instanceof RegionIn r) return Map.of("region", r.regions().stream().map(Region::code).toList());
        if (condition instanceof ShopIn shop) return Map.of("shop", shop.shops().stream().map(UUID::toString).toList());
        if (condition instanceof PlanKindIn k) return Map.of("planKind", k.kinds().stream().map(PlanKind::name).toList());
        if (condition instanceof LoggerIn l) return Map.of("logger", l.loggers());
        if (condition instanceof LevelIn l) return Map.of("level", l.levels());
        if (condition instanceof ExceptionIn e) return Map.of("exception", e.types());
        throw new IllegalArgumentException("unknown condition " + condition);
    }

    private static final class Reader {
        private final ItemKind subject;
        private final TextAnalyzer analyzer;
        private final List<InvalidInputException.FieldError> errors = new ArrayList<>();
        private int conditions;
        private int values;

        Reader(ItemKind subject, TextAnalyzer analyzer) {
            this.subject = subject;
            this.analyzer = analyzer;
        }

        private Condition fail(String path, String reason) {
            errors.add(new InvalidInputException.FieldError(path, reason));
            return null;
        }

        Condition condition(Object node, String path, int depth) {
            if (depth > MAX_DEPTH) return fail(path, "nests deeper than " + MAX_DEPTH + " levels");
            if (++conditions > MAX_CONDITIONS) {
                return conditions == MAX_CONDITIONS + 1 ? fail(ROOT, "has more than " + MAX_CONDITIONS + " conditions") : null;
            }
            if (!(node instanceof Map<?, ?> map) || map.size() != 1) {
                return fail(path, "must be an object with exactly one condition: and, or, not, keywords, phrase, category, tags,"
                        + " price, images, region, shop, planKind, logger, level or exception");
            }
            Map.Entry<?, ?> entry = map.entrySet().iterator().next();
            String name = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            String at = path + "." + name;
            Set<ItemKind> kinds = APPLIES_TO.get(name);
            if (kinds == null && !FOR_ALL.contains(name)) {
                return fail(path, "has an unknown condition '" + name + "'");
            }
            if (kinds != null && !kinds.contains(subject)) {
                return fail(at, "does not apply to " + subject + " items (only to " + new java.util.TreeSet<>(kinds) + ")");
            }
            return switch (name) {
                case "and" -> {
                    List<Condition> parts = children(value, at, depth);
                    yield parts == null ? null : new And(parts);
                }
                case "or" -> {
                    List<Condition> parts = children(value, at, depth);
                    yield parts == null ? null : new Or(parts);
                }
                case "not" -> {
                    Condition inner = condition(value, at, depth + 1);
                    yield inner == null ? null : new Not(inner);
                }
                case "keywords" -> keywords(value, at);
                case "phrase" -> phrase(value, at);
                case "category" -> codes(value, at, 40, Category::exists, "is not a category of the tree (docs/catalog.md)",
                        codes -> new CategoryIn(codes.stream().map(Category::new).toList()));
                case "tags" -> codes(value, at, 30, tag -> !tag.isBlank(), "must not be blank",
                        tags -> new TagsAny(tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).distinct().toList()));
                case "price" -> price(value, at);
                case "images" -> images(value, at);
                case "region" -> codes(value, at, 40, Region::exists, "is not a region (docs/catalog.md)",
                        codes -> new RegionIn(codes.stream().map(Region::new).toList()));
                case "shop" -> codes(value, at, 36, FilterLanguage::isUuid, "is not a shop id (a UUID)",
                        ids -> new ShopIn(ids.stream().map(UUID::fromString).toList()));
                case "planKind" -> codes(value, at, 20, FilterLanguage::isPlanKind, "is not a plan kind (REGULAR_DELIVERY, RENTAL)",
                        names -> new PlanKindIn(names.stream().map(PlanKind::valueOf).toList()));
                case "logger" -> codes(value, at, MAX_WORD_LENGTH, FilterLanguage::isLoggerName, "is not a logger or package name",
                        LoggerIn::new);
                case "level" -> codes(value, at, 5, LEVELS::contains, "is not a level log alerts see (WARN, ERROR)", LevelIn::new);
                case "exception" -> codes(value, at, MAX_WORD_LENGTH, FilterLanguage::isLoggerName, "is not a class name",
                        ExceptionIn::new);
                default -> throw new IllegalStateException(name);
            };
        }

        private List<Condition> children(Object value, String at, int depth) {
            if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_LIST) {
                fail(at, "must be a list of 1-" + MAX_LIST + " conditions");
                return null;
            }
            List<Condition> parts = new ArrayList<>();
            boolean complete = true;
            for (int i = 0; i < list.size(); i++) {
                Condition part = condition(list.get(i), at + "[" + i + "]", depth + 1);
                if (part == null) complete = false;
                else parts.add(part);
            }
            return complete ? parts : null;
        }

        private Condition keywords(Object value, String at) {
            if (!(value instanceof Map<?, ?> map)) return fail(at, "must be an object: one of any, all or none (a list of words), and"
                    + " optionally in (title, body or any)");
            Mode mode = null;
            Object words = null;
            for (Mode m : Mode.values()) {
                Object listed = map.get(m.name().toLowerCase(Locale.ROOT));
                if (listed == null) continue;
                if (mode != null) return fail(at, "takes one of any, all or none, not several");
                mode = m;
                words = listed;
            }
            if (mode == null) return fail(at, "needs one of any, all or none");
            for (Object key : map.keySet()) {
                if (!Set.of("any", "all", "none", "in").contains(String.valueOf(key))) return fail(at + "." + key, "is not a keywords field");
            }
            TextField in = textField(map.get("in"), at + ".in");
            String listAt = at + "." + mode.name().toLowerCase(Locale.ROOT);
            List<String> list = strings(words, listAt, MAX_WORD_LENGTH);
            if (list == null || in == null) return null;
            boolean searchable = true;
            for (int i = 0; i < list.size(); i++) searchable &= hasWords(list.get(i), listAt + "[" + i + "]");
            return searchable ? new Keywords(mode, list, in) : null;
        }

        private Condition phrase(Object value, String at) {
            Object text = value;
            TextField in = TextField.ANY;
            if (value instanceof Map<?, ?> map) {
                for (Object key : map.keySet()) {
                    if (!Set.of("text", "in").contains(String.valueOf(key))) return fail(at + "." + key, "is not a phrase field");
                }
                text = map.get("text");
                in = textField(map.get("in"), at + ".in");
                at = at + ".text";
            }
            if (!(text instanceof String s) || s.isBlank() || s.length() > MAX_PHRASE_LENGTH) {
                return fail(at, "must be text of 1-" + MAX_PHRASE_LENGTH + " characters");
            }
            values++;
            if (!hasWords(s, at) || in == null) return null;
            return new Phrase(s.strip(), in);
        }

        private TextField textField(Object value, String at) {
            if (value == null) return TextField.ANY;
            for (TextField field : TextField.values()) {
                if (field.name().toLowerCase(Locale.ROOT).equals(value)) return field;
            }
            fail(at, "must be title, body or any");
            return null;
        }

        private boolean hasWords(String text, String at) {
            if (analyzer.words(text).isEmpty()) {
                fail(at, "has no word to match ('" + text + "': particles, endings and punctuation are not searched)");
                return false;
            }
            return true;
        }

        private List<String> strings(Object value, String at, int maxLength) {
            if (!(value instanceof List<?> list) || list.isEmpty() || list.size() > MAX_LIST) {
                fail(at, "must be a list of 1-" + MAX_LIST + " values");
                return null;
            }
            Set<String> values = new LinkedHashSet<>();
            boolean valid = true;
            this.values += list.size();
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof String s) || s.isBlank() || s.length() > maxLength) {
                    fail(at + "[" + i + "]", "must be text of 1-" + maxLength + " characters");
                    valid = false;
                } else {
                    values.add(s.strip());
                }
            }
            return valid ? List.copyOf(values) : null;
        }

        private <C extends Condition> C codes(Object value, String at, int maxLength, java.util.function.Predicate<String> valid,
                                              String invalid, Function<List<String>, C> make) {
            List<String> values = strings(value, at, maxLength);
            if (values == null) return null;
            boolean all = true;
            List<?> raw = (List<?>) value;
            for (int i = 0; i < raw.size(); i++) {
                String v = ((String) raw.get(i)).strip();
                if (!valid.test(v)) {
                    fail(at + "[" + i + "]", invalid);
                    all = false;
                }
            }
            return all ? make.apply(values) : null;
        }

        private Condition price(Object value, String at) {
            if (!(value instanceof Map<?, ?> map) || map.isEmpty()) return fail(at, "must be an object with min, max or both (whole won)");
            for (Object key : map.keySet()) {
                if (!Set.of("min", "max").contains(String.valueOf(key))) return fail(at + "." + key, "is not a price bound (min, max)");
            }
            Long min = amount(map.get("min"), at + ".min");
            Long max = amount(map.get("max"), at + ".max");
            if ((map.get("min") != null && min == null) || (map.get("max") != null && max == null)) return null;
            if (min == null && max == null) return fail(at, "needs min, max or both");
            if (min != null && max != null && min > max) return fail(at, "min must not be above max");
            return new PriceRange(min, max);
        }

        private Long amount(Object value, String at) {
            if (value == null) return null;
            if (value instanceof Number n && isWhole(n) && n.longValue() >= 0 && n.longValue() <= Money.MAX_AMOUNT) return n.longValue();
            fail(at, "must be a whole number of won between 0 and " + Money.MAX_AMOUNT);
            return null;
        }

        private Condition images(Object value, String at) {
            if (!(value instanceof Map<?, ?> map) || map.size() != 1 || !map.containsKey("atLeast")) {
                return fail(at, "must be an object with atLeast (a number of images)");
            }
            Object n = map.get("atLeast");
            if (!(n instanceof Number number) || !isWhole(number) || number.longValue() < 0
                    || number.longValue() > domain.catalog.ProductDetails.MAX_IMAGES) {
                return fail(at + ".atLeast", "must be a whole number between 0 and " + domain.catalog.ProductDetails.MAX_IMAGES);
            }
            return new ImagesAtLeast(number.intValue());
        }
    }

    private static boolean isWhole(Number n) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) return true;
        if (n instanceof java.math.BigInteger b) return b.bitLength() < 63;
        if (n instanceof java.math.BigDecimal d) {
            try {
                d.longValueExact();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }
        double v = n.doubleValue();
        return v == Math.rint(v) && Math.abs(v) < 1e15;
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isPlanKind(String s) {
        for (PlanKind kind : PlanKind.values()) if (kind.name().equals(s)) return true;
        return false;
    }

    private static boolean isLoggerName(String s) {
        return s.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    }
}

package adapters.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Condition;
import domain.classification.Condition.Mode;
import domain.classification.Condition.TextField;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.StoredFilter;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.util.IntsRef;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.IntsRefFSTEnum;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * The benchmark's filters and items, generated from fixed seeds (docs/classification.md describes them).
 *
 * <p>The vocabulary is the {@value #VOCABULARY} most frequent general nouns (NNG, two to four Hangul syllables) of
 * nori's own dictionary (mecab-ko-dic), ranked by the dictionary's word cost (a lower cost is a more frequent word),
 * and words are drawn from it with Zipf frequencies (s = 1), in items and in filters alike. Items are plans (70 %) and
 * partners' content (30 %): titles of 3-8 words and bodies of 10-40, a particle after two words in five, a category,
 * 0-3 tags, 0-5 images, a price, the whole country (one in five) or 1-3 provinces and Seoul districts. Filters have 2-6
 * conditions: four in five have a positive text condition (keywords any/all or a phrase) and 1-5 others; one in five
 * has none: a category or a region, and ranges, negations, other categories and regions, tags and images (filters
 * a presearcher cannot index by a word).
 */
final class BenchmarkCorpus {
    static final int VOCABULARY = 8_000;
    static final int COMMON = 100;
    private static final List<String> PARTICLES = List.of("가", "이", "는", "은", "를", "을", "의", "와", "에", "도", "로", "에서");
    private static final List<String> CATEGORIES = List.copyOf(Category.TREE.keySet());
    private static final List<String> PROVINCES = Region.ALL.keySet().stream().filter(c -> !c.equals(Region.COUNTRY) && !c.contains(".")).toList();
    private static final List<String> DISTRICTS = Region.ALL.keySet().stream().filter(c -> c.contains(".")).toList();
    private final List<String> words;
    private final double[] cumulative;
    private final List<UUID> shops = new ArrayList<>();
    private final Random random;

    BenchmarkCorpus(long seed) {
        this.words = vocabulary();
        this.cumulative = new double[words.size()];
        double sum = 0;
        for (int rank = 0; rank < words.size(); rank++) cumulative[rank] = sum += 1.0 / (rank + 1);
        for (int rank = 0; rank < words.size(); rank++) cumulative[rank] /= sum;
        this.random = new Random(seed);
        for (int i = 0; i < 500; i++) shops.add(new UUID(0x5A0B0000L + i, i + 1L));
    }

    List<String> words() {
        return words;
    }

    /** A word drawn with Zipf frequencies: the word of rank r comes 1/r as often as the most frequent one. */
    String word() {
        return words.get(rank());
    }

    /**
     * A word a curator or a user filters by: Zipf frequencies again, over the vocabulary without its {@value #COMMON}
     * most frequent nouns (다음, 말씀, 이후, 이야기, 생각, 정도…), which fill texts but name nothing worth a pool or
     * an alert.
     */
    String filterWord() {
        return words.get(COMMON + rank() % (words.size() - COMMON));
    }

    private int rank() {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(words.size() - 1, at < 0 ? -at - 1 : at);
    }

    List<Item> items(String prefix, int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) items.add(item(prefix + i));
        return items;
    }

    private Item item(String id) {
        ItemKind kind = random.nextDouble() < 0.7 ? ItemKind.PLAN : ItemKind.CONTENT;
        List<Region> regions = new ArrayList<>();
        if (random.nextDouble() < 0.2) regions.add(Region.NATIONWIDE);
        else for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Region region = region();
            if (!regions.contains(region)) regions.add(region);
        }
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String tag = tag();
            if (!tags.contains(tag)) tags.add(tag);
        }
        Category category = random.nextDouble() < 0.95 ? new Category(pick(CATEGORIES)) : null;
        Long price = random.nextDouble() < 0.9 ? 1_000L + 500L * random.nextInt(199) : null;
        boolean plan = kind == ItemKind.PLAN;
        return new Item(new ItemKey(kind, id), sentence(3 + random.nextInt(6)), sentence(10 + random.nextInt(31)), category, tags,
                random.nextInt(6), price, regions, plan ? pick(shops) : null,
                plan ? (random.nextDouble() < 0.7 ? PlanKind.REGULAR_DELIVERY : PlanKind.RENTAL) : null, null, null, List.of(), null);
    }

    private String sentence(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (i > 0) text.append(' ');
            text.append(word());
            if (random.nextDouble() < 0.4) text.append(pick(PARTICLES));
        }
        return text.toString();
    }

    List<StoredFilter> filters(int count) {
        List<StoredFilter> filters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ItemKind subject = random.nextDouble() < 0.7 ? ItemKind.PLAN : ItemKind.CONTENT;
            filters.add(new StoredFilter(new UUID(0xF117E4L, i + 1L), subject, filter(subject)));
        }
        return filters;
    }

    private Condition filter(ItemKind subject) {
        int conditions = 2 + random.nextInt(5);
        List<Condition> parts = new ArrayList<>();
        boolean withWords = random.nextDouble() < 0.8;
        if (withWords) parts.add(positiveText());
        else parts.add(random.nextBoolean() ? category() : new Condition.RegionIn(List.of(region())));
        while (parts.size() < conditions) parts.add(withWords ? other(subject) : withoutWords());
        if (parts.size() >= 4 && random.nextDouble() < 0.25) { // some filters nest an either-or
            Condition either = new Condition.Or(List.of(parts.remove(parts.size() - 1), parts.remove(parts.size() - 1)));
            parts.add(either);
        }
        return new Condition.And(parts);
    }

    private Condition positiveText() {
        double r = random.nextDouble();
        if (r < 0.15) return new Condition.Phrase(filterWord() + " " + filterWord(), field());
        List<String> keywords = new ArrayList<>();
        for (int i = 1 + random.nextInt(r < 0.7 ? 3 : 2); i > 0; i--) {
            String w = filterWord();
            if (!keywords.contains(w)) keywords.add(w);
        }
        return new Condition.Keywords(r < 0.7 ? Mode.ANY : Mode.ALL, keywords, field());
    }

    private Condition other(ItemKind subject) {
        int choice = random.nextInt(subject == ItemKind.PLAN ? 9 : 7);
        return switch (choice) {
            case 0 -> category();
            case 1 -> price();
            case 2 -> new Condition.RegionIn(List.of(region()));
            case 3 -> new Condition.ImagesAtLeast(1 + random.nextInt(3));
            case 4 -> new Condition.TagsAny(List.of(tag(), tag()).stream().distinct().toList());
            case 5 -> new Condition.Keywords(Mode.NONE, List.of(filterWord()), field());
            case 6 -> positiveText();
            case 7 -> new Condition.ShopIn(List.of(pick(shops), pick(shops)).stream().distinct().toList());
            default -> new Condition.PlanKindIn(List.of(random.nextBoolean() ? PlanKind.RENTAL : PlanKind.REGULAR_DELIVERY));
        };
    }

    private Condition withoutWords() {
        return switch (random.nextInt(7)) {
            case 0, 1 -> price();
            case 2 -> category();
            case 3 -> new Condition.RegionIn(List.of(region()));
            case 4 -> new Condition.ImagesAtLeast(1 + random.nextInt(3));
            case 5 -> new Condition.Not(new Condition.TagsAny(List.of(tag())));
            default -> new Condition.Keywords(Mode.NONE, List.of(filterWord(), filterWord()).stream().distinct().toList(), field());
        };
    }

    private Condition category() {
        return new Condition.CategoryIn(List.of(new Category(pick(CATEGORIES))));
    }

    private Condition price() {
        Long min = random.nextBoolean() ? 1_000L * random.nextInt(50) : null;
        Long max = min == null || random.nextBoolean() ? (min == null ? 5_000L : min) + 1_000L * random.nextInt(60) : null;
        return new Condition.PriceRange(min, max);
    }

    /** Tags come from the 200 most frequent words. */
    private String tag() {
        return words.get(rank() % 200);
    }

    /** A province or a Seoul district (a filter on the whole country would be no condition). */
    private Region region() {
        return new Region(random.nextBoolean() ? pick(PROVINCES) : pick(DISTRICTS));
    }

    private TextField field() {
        double r = random.nextDouble();
        return r < 0.6 ? TextField.ANY : r < 0.85 ? TextField.TITLE : TextField.BODY;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** The most frequent general nouns of nori's dictionary that the analyzer keeps whole, most frequent first. */
    private static List<String> vocabulary() {
        record Entry(int cost, String word) { }
        List<Entry> nouns = new ArrayList<>();
        TokenInfoDictionary dictionary = TokenInfoDictionary.getInstance();
        try (InputStream stream = new BufferedInputStream(TokenInfoDictionary.class.getResourceAsStream("TokenInfoDictionary$fst.dat"))) {
            InputStreamDataInput in = new InputStreamDataInput(stream);
            IntsRefFSTEnum<Long> entries = new IntsRefFSTEnum<>(new FST<>(FST.readMetadata(in, PositiveIntOutputs.getSingleton()), in));
            IntsRef ids = new IntsRef();
            for (IntsRefFSTEnum.InputOutput<Long> entry = entries.next(); entry != null; entry = entries.next()) {
                String surface = new String(entry.input.ints, entry.input.offset, entry.input.length);
                if (!surface.matches("[가-힣]{2,4}")) continue;
                dictionary.lookupWordIds(entry.output.intValue(), ids);
                for (int i = 0; i < ids.length; i++) {
                    int id = ids.ints[ids.offset + i];
                    if (dictionary.getPOSType(id) == POS.Type.MORPHEME && dictionary.getLeftPOS(id) == POS.Tag.NNG) {
                        nouns.add(new Entry(dictionary.getWordCost(id), surface));
                        break;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nouns.sort(Comparator.comparingInt(Entry::cost).thenComparing(Entry::word));
        KoreanAnalysis analysis = new KoreanAnalysis();
        List<String> words = new ArrayList<>();
        for (Entry noun : nouns) {
            if (words.size() == VOCABULARY) break;
            if (analysis.words(noun.word()).equals(List.of(noun.word()))) words.add(noun.word());
        }
        return List.copyOf(words);
    }
}

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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Random items and filters from a fixed seed, for the differential test: Korean titles with particles and compounds,
 * categories, tags, regions, prices, shops, plan kinds, log records; filters of 1-6 conditions nested up to three deep,
 * with negations. Small vocabularies, so that filters often match.
 */
final class Samples {
    static final List<String> NOUNS = List.of("강아지", "고양이", "원두", "커피", "생수", "정수기", "공기청정기", "사료", "간식", "우유",
            "과일", "사과", "딸기", "바나나", "김치", "도시락", "샐러드", "빵", "케이크", "꽃", "화분", "기저귀", "분유", "비타민", "유산균",
            "샴푸", "세제", "휴지", "마스크", "안마의자", "비데", "책", "뉴스", "브랜드", "할인", "이벤트", "겨울", "여름", "제주", "서울",
            "부산", "유기농", "무농약", "신선", "배송", "구독", "렌탈", "프리미엄", "coffee", "water", "organic", "Premium");
    static final List<String> PARTICLES = List.of("", "가", "이", "는", "은", "를", "을", "의", "와", "에", "도", "로");
    static final List<String> ENDINGS = List.of("왔어요", "있습니다", "좋아요", "드립니다", "새로워요", "만나요");
    static final List<String> TAGS = List.of("유기농", "당일배송", "무료배송", "친환경", "한정판", "신상품", "국내산", "수입");
    static final List<String> LOGGERS = List.of("adapters.kafka.Relay", "adapters.kafka.Consumer", "adapters.persistence.Sql",
            "domain.billing.BillingService", "io.quarkus.runtime.Application");
    static final List<String> EXCEPTIONS = List.of("java.net.ConnectException", "java.sql.SQLException",
            "org.apache.kafka.common.errors.TimeoutException", "java.lang.IllegalStateException");
    static final List<UUID> SHOPS = List.of(UUID.fromString("00000000-0000-4000-8000-000000000001"),
            UUID.fromString("00000000-0000-4000-8000-000000000002"), UUID.fromString("00000000-0000-4000-8000-000000000003"));
    private static final List<String> CATEGORIES = List.copyOf(Category.TREE.keySet());
    private static final List<String> REGIONS = List.copyOf(Region.ALL.keySet());

    private final Random random;

    Samples(long seed) {
        this.random = new Random(seed);
    }

    List<Item> items(int count) {
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < count; i++) items.add(item("i" + i));
        return items;
    }

    Item item(String id) {
        double r = random.nextDouble();
        ItemKind kind = r < 0.6 ? ItemKind.PLAN : r < 0.85 ? ItemKind.CONTENT : ItemKind.LOG;
        if (kind == ItemKind.LOG) {
            List<String> exceptions = random.nextBoolean() ? List.of(pick(EXCEPTIONS)) : List.of();
            return new Item(new ItemKey(kind, id), sentence(3 + random.nextInt(5)), sentence(random.nextInt(8)), null, List.of(), 0,
                    null, List.of(), null, null, pick(LOGGERS), random.nextBoolean() ? "WARN" : "ERROR", exceptions, null);
        }
        List<Region> regions = new ArrayList<>();
        int regionCount = 1 + random.nextInt(3);
        for (int i = 0; i < regionCount; i++) {
            Region region = new Region(pick(REGIONS));
            if (!regions.contains(region)) regions.add(region);
        }
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String tag = pick(TAGS);
            if (!tags.contains(tag)) tags.add(tag);
        }
        Category category = random.nextDouble() < 0.9 ? new Category(pick(CATEGORIES)) : null;
        Long price = random.nextDouble() < 0.9 ? (long) random.nextInt(60) * 1_000 : null;
        return new Item(new ItemKey(kind, id), sentence(2 + random.nextInt(6)), sentence(random.nextInt(15)), category, tags,
                random.nextInt(4), price, regions, kind == ItemKind.PLAN ? pick(SHOPS) : null,
                kind == ItemKind.PLAN ? (random.nextBoolean() ? PlanKind.REGULAR_DELIVERY : PlanKind.RENTAL) : null,
                null, null, List.of(), null);
    }

    /** Words with particles, sometimes glued into a compound, ending with a verb now and then. */
    private String sentence(int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (text.length() > 0) text.append(' ');
            text.append(pick(NOUNS));
            if (random.nextDouble() < 0.15) text.append(pick(NOUNS)); // a compound, e.g. 강아지간식
            text.append(pick(PARTICLES));
        }
        if (words > 0 && random.nextDouble() < 0.4) text.append(' ').append(pick(ENDINGS));
        return text.toString();
    }

    List<StoredFilter> filters(int count) {
        List<StoredFilter> filters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double r = random.nextDouble();
            ItemKind subject = r < 0.6 ? ItemKind.PLAN : r < 0.85 ? ItemKind.CONTENT : ItemKind.LOG;
            filters.add(new StoredFilter(new UUID(0, i + 1), subject, condition(subject, 1)));
        }
        return filters;
    }

    private Condition condition(ItemKind subject, int depth) {
        double r = random.nextDouble();
        if (depth < 3 && r < 0.3) {
            List<Condition> parts = new ArrayList<>();
            for (int i = 1 + random.nextInt(3); i > 0; i--) parts.add(condition(subject, depth + 1));
            return random.nextBoolean() ? new Condition.And(parts) : new Condition.Or(parts);
        }
        if (depth < 3 && r < 0.4) return new Condition.Not(condition(subject, depth + 1));
        return leaf(subject);
    }

    private Condition leaf(ItemKind subject) {
        int choice = random.nextInt(subject == ItemKind.LOG ? 5 : subject == ItemKind.CONTENT ? 7 : 9);
        if (subject == ItemKind.LOG) {
            return switch (choice) {
                case 0 -> keywords();
                case 1 -> phrase();
                case 2 -> {
                    List<String> names = ItemFields.prefixes(pick(LOGGERS));
                    yield new Condition.LoggerIn(List.of(names.get(random.nextInt(names.size()))));
                }
                case 3 -> new Condition.LevelIn(List.of(random.nextBoolean() ? "WARN" : "ERROR"));
                default -> {
                    String type = pick(EXCEPTIONS);
                    yield new Condition.ExceptionIn(List.of(random.nextBoolean() ? type : type.substring(type.lastIndexOf('.') + 1)));
                }
            };
        }
        return switch (choice) {
            case 0, 1 -> keywords();
            case 2 -> phrase();
            case 3 -> new Condition.CategoryIn(List.of(new Category(pick(CATEGORIES))));
            case 4 -> new Condition.TagsAny(List.of(pick(TAGS), pick(TAGS)).stream().distinct().toList());
            case 5 -> {
                Long min = random.nextBoolean() ? (long) random.nextInt(40) * 1_000 : null;
                Long max = min == null || random.nextBoolean() ? (min == null ? 0 : min) + (long) random.nextInt(30) * 1_000 : null;
                yield new Condition.PriceRange(min, max);
            }
            case 6 -> random.nextBoolean() ? new Condition.RegionIn(List.of(new Region(pick(REGIONS))))
                    : new Condition.ImagesAtLeast(random.nextInt(4));
            case 7 -> new Condition.ShopIn(List.of(pick(SHOPS)));
            default -> new Condition.PlanKindIn(List.of(random.nextBoolean() ? PlanKind.RENTAL : PlanKind.REGULAR_DELIVERY));
        };
    }

    private Condition keywords() {
        List<String> words = new ArrayList<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            String word = pick(NOUNS);
            if (!words.contains(word)) words.add(word);
        }
        Mode mode = Mode.values()[random.nextInt(3)];
        return new Condition.Keywords(mode, words, textField());
    }

    private Condition phrase() {
        return new Condition.Phrase(pick(NOUNS) + pick(PARTICLES) + " " + pick(NOUNS), textField());
    }

    private TextField textField() {
        double r = random.nextDouble();
        return r < 0.6 ? TextField.ANY : r < 0.8 ? TextField.TITLE : TextField.BODY;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}

package adapters.classification;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Classifier;
import domain.classification.Condition;
import domain.classification.Condition.Mode;
import domain.classification.Condition.TextField;
import domain.classification.Item;
import domain.classification.ItemKey;
import domain.classification.ItemKind;
import domain.classification.StoredFilter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every classifier does, whichever engine is behind it: each adapter's test runs these against it. */
abstract class ClassifierContract {
    static final UUID SHOP = UUID.fromString("00000000-0000-4000-8000-0000000000aa");

    /** A fresh, empty classifier for each test. */
    protected abstract Classifier classifier();

    static Item plan(String id, String title, String body, String category, long price, List<String> regions, List<String> tags, int images) {
        return new Item(new ItemKey(ItemKind.PLAN, id), title, body, category == null ? null : new Category(category), tags, images, price,
                regions.stream().map(Region::new).toList(), SHOP, PlanKind.REGULAR_DELIVERY, null, null, List.of(), null);
    }

    static Item log(String id, String message, String logger, String level, List<String> exceptions) {
        return new Item(new ItemKey(ItemKind.LOG, id), message, "", null, List.of(), 0, null, List.of(), null, null, logger, level,
                exceptions, null);
    }

    static StoredFilter filter(int id, ItemKind subject, Condition condition) {
        return new StoredFilter(new UUID(0, id), subject, condition);
    }

    private static Set<UUID> ids(int... ids) {
        Set<UUID> set = new java.util.HashSet<>();
        for (int id : ids) set.add(new UUID(0, id));
        return set;
    }

    @Test
    void aKoreanKeywordMatchesItsWordWhateverParticleFollows() {
        Classifier classifier = classifier();
        classifier.storeFilters(List.of(filter(1, ItemKind.PLAN, new Condition.Keywords(Mode.ANY, List.of("강아지"), TextField.ANY))));

        Map<ItemKey, Set<UUID>> matched = classifier.classify(List.of(
                plan("puppy", "귀여운 강아지가 왔어요", "", null, 1_000, List.of("kr"), List.of(), 0),
                plan("puppies", "간식", "강아지를 위한 유기농 간식", null, 1_000, List.of("kr"), List.of(), 0),
                plan("cat", "귀여운 고양이가 왔어요", "", null, 1_000, List.of("kr"), List.of(), 0)));

        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "puppy"))).isEqualTo(ids(1));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "puppies"))).isEqualTo(ids(1));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "cat"))).isEmpty();
    }

    @Test
    void eachConditionMatchesAsTheLanguageSays() {
        Classifier classifier = classifier();
        classifier.storeFilters(List.of(
                filter(1, ItemKind.PLAN, new Condition.Keywords(Mode.ALL, List.of("원두", "커피"), TextField.ANY)),
                filter(2, ItemKind.PLAN, new Condition.Keywords(Mode.NONE, List.of("커피"), TextField.ANY)),
                filter(3, ItemKind.PLAN, new Condition.Phrase("갓 볶은 원두", TextField.BODY)),
                filter(4, ItemKind.PLAN, new Condition.Phrase("갓 볶은 원두", TextField.TITLE)),
                filter(5, ItemKind.PLAN, new Condition.CategoryIn(List.of(new Category("food")))),
                filter(6, ItemKind.PLAN, new Condition.TagsAny(List.of("유기농"))),
                filter(7, ItemKind.PLAN, new Condition.PriceRange(null, 15_000L)),
                filter(8, ItemKind.PLAN, new Condition.PriceRange(15_001L, 20_000L)),
                filter(9, ItemKind.PLAN, new Condition.ImagesAtLeast(2)),
                filter(10, ItemKind.PLAN, new Condition.RegionIn(List.of(new Region("seoul.gangnam")))),
                filter(11, ItemKind.PLAN, new Condition.RegionIn(List.of(new Region("seoul")))),
                filter(12, ItemKind.PLAN, new Condition.ShopIn(List.of(SHOP))),
                filter(13, ItemKind.PLAN, new Condition.PlanKindIn(List.of(PlanKind.RENTAL))),
                filter(14, ItemKind.PLAN, new Condition.And(List.of(new Condition.CategoryIn(List.of(new Category("food.coffee"))),
                        new Condition.Not(new Condition.RegionIn(List.of(new Region("busan"))))))),
                filter(15, ItemKind.PLAN, new Condition.Or(List.of(new Condition.TagsAny(List.of("한정판")),
                        new Condition.Keywords(Mode.ANY, List.of("water"), TextField.TITLE))))));

        Map<ItemKey, Set<UUID>> matched = classifier.classify(List.of(
                plan("coffee", "에티오피아 원두 커피 구독", "매달 갓 볶은 원두를 보내 드립니다", "food.coffee", 15_000,
                        List.of("seoul.mapo"), List.of("유기농"), 2),
                plan("water", "Jeju WATER 생수", "제주 생수", "food.water", 20_000, List.of("seoul"), List.of(), 0),
                plan("purifier", "정수기 렌탈", "", "appliance.water-purifier", 15_001, List.of("busan", "kr"), List.of("한정판"), 3)));

        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "coffee"))).isEqualTo(ids(1, 3, 5, 6, 7, 9, 11, 12, 14));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "water")))
                .as("delivered to all of Seoul: in a pool for Gangnam too").isEqualTo(ids(2, 5, 8, 10, 11, 12, 15));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "purifier")))
                .as("delivered nationwide: in every region's pool").isEqualTo(ids(2, 8, 9, 10, 11, 12, 15));
    }

    @Test
    void logRecordsMatchByLoggerLevelAndException() {
        Classifier classifier = classifier();
        classifier.storeFilters(List.of(
                filter(1, ItemKind.LOG, new Condition.LoggerIn(List.of("adapters.kafka"))),
                filter(2, ItemKind.LOG, new Condition.LevelIn(List.of("ERROR"))),
                filter(3, ItemKind.LOG, new Condition.ExceptionIn(List.of("ConnectException"))),
                filter(4, ItemKind.LOG, new Condition.And(List.of(new Condition.ExceptionIn(List.of("java.sql.SQLException")),
                        new Condition.Keywords(Mode.ANY, List.of("timeout"), TextField.ANY)))),
                filter(5, ItemKind.PLAN, new Condition.Keywords(Mode.ANY, List.of("broker"), TextField.ANY))));

        Map<ItemKey, Set<UUID>> matched = classifier.classify(List.of(
                log("a", "Broker unreachable", "adapters.kafka.EventRelay", "WARN", List.of("java.net.ConnectException")),
                log("b", "Query timeout after 3 s", "adapters.persistence.Sql", "ERROR", List.of("java.sql.SQLException")),
                log("c", "slow", "adapters.kafkaesque.Thing", "WARN", List.of())));

        assertThat(matched.get(new ItemKey(ItemKind.LOG, "a"))).isEqualTo(ids(1, 3));
        assertThat(matched.get(new ItemKey(ItemKind.LOG, "b"))).isEqualTo(ids(2, 4));
        assertThat(matched.get(new ItemKey(ItemKind.LOG, "c"))).as("a package is a whole name, not a prefix of letters").isEmpty();
    }

    @Test
    void aReplacedFilterMatchesByItsNewConditionAndARemovedOneNoMore() {
        Classifier classifier = classifier();
        Item coffee = plan("coffee", "원두 커피", "", "food.coffee", 9_000, List.of("kr"), List.of(), 0);
        classifier.storeFilters(List.of(filter(1, ItemKind.PLAN, new Condition.PriceRange(10_000L, null)),
                filter(2, ItemKind.PLAN, new Condition.CategoryIn(List.of(new Category("food"))))));
        assertThat(classifier.classify(List.of(coffee)).get(coffee.key())).isEqualTo(ids(2));

        classifier.storeFilters(List.of(filter(1, ItemKind.PLAN, new Condition.PriceRange(null, 10_000L))));
        assertThat(classifier.classify(List.of(coffee)).get(coffee.key())).isEqualTo(ids(1, 2));

        classifier.removeFilters(List.of(new UUID(0, 2), new UUID(0, 99)));
        assertThat(classifier.classify(List.of(coffee)).get(coffee.key())).isEqualTo(ids(1));
    }

    @Test
    void aFilterOnlyEverMatchesItemsOfItsKind() {
        Classifier classifier = classifier();
        Condition anything = new Condition.Not(new Condition.Keywords(Mode.ANY, List.of("없는말"), TextField.ANY));
        classifier.storeFilters(List.of(filter(1, ItemKind.PLAN, anything), filter(2, ItemKind.CONTENT, anything),
                filter(3, ItemKind.LOG, anything)));
        Item content = new Item(new ItemKey(ItemKind.CONTENT, "news:1"), "뉴스", "", null, List.of(), 0, null, List.of(), null, null,
                null, null, List.of(), null);

        Map<ItemKey, Set<UUID>> matched = classifier.classify(List.of(content,
                plan("p", "원두", "", null, 1, List.of("kr"), List.of(), 0), log("l", "boom", "a.B", "ERROR", List.of())));

        assertThat(matched.get(content.key())).isEqualTo(ids(2));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "p"))).isEqualTo(ids(1));
        assertThat(matched.get(new ItemKey(ItemKind.LOG, "l"))).isEqualTo(ids(3));
    }

    @Test
    void everyMatchingFilterIsFoundHoweverManyThereAre() {
        Classifier classifier = classifier();
        List<StoredFilter> filters = new ArrayList<>();
        for (int i = 1; i <= 1_200; i++) {
            filters.add(filter(i, ItemKind.PLAN, i % 2 == 0 ? new Condition.PriceRange((long) i, null)
                    : new Condition.Keywords(Mode.ANY, List.of("생수"), TextField.ANY)));
        }
        classifier.storeFilters(filters);

        Set<UUID> matched = classifier.classify(List.of(plan("w", "제주 생수", "", null, 700, List.of("kr"), List.of(), 0)))
                .get(new ItemKey(ItemKind.PLAN, "w"));

        assertThat(matched).hasSize(600 + 350); // every odd one, and the even ones up to 700
    }

    @Test
    void aBackFillFindsTheKeptItemsAFilterMatchesInPages() {
        Classifier classifier = classifier();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            items.add(plan("p" + i, i % 2 == 0 ? "강아지 간식" : "고양이 사료", "", "pet.food", i * 1_000L, List.of("kr"), List.of(), 0));
        }
        classifier.storeItems(items);
        classifier.storeItems(List.of(plan("p0", "고양이 사료", "", "pet.food", 0, List.of("kr"), List.of(), 0)));
        classifier.removeItems(List.of(new ItemKey(ItemKind.PLAN, "p2"), new ItemKey(ItemKind.PLAN, "gone")));
        StoredFilter puppies = filter(1, ItemKind.PLAN, new Condition.Keywords(Mode.ANY, List.of("강아지"), TextField.ANY));

        List<List<ItemKey>> pages = new ArrayList<>();
        classifier.matchingItems(puppies, 4, pages::add);

        assertThat(pages).allMatch(page -> page.size() <= 4);
        assertThat(pages.stream().flatMap(List::stream).map(ItemKey::id))
                .as("p0 changed to a cat, p2 is gone").containsExactlyInAnyOrder("p4", "p6", "p8", "p10", "p12", "p14", "p16",
                        "p18", "p20", "p22", "p24");
        List<List<ItemKey>> none = new ArrayList<>();
        classifier.matchingItems(filter(2, ItemKind.CONTENT, new Condition.Keywords(Mode.ANY, List.of("강아지"), TextField.ANY)), 4, none::add);
        assertThat(none).isEmpty();
    }

    @Test
    void storingAndClassifyingInOnePassKeepsTheItemsAndAnswersWhatClassifyingAlwaysWould() {
        Classifier classifier = classifier();
        StoredFilter puppies = filter(1, ItemKind.PLAN, new Condition.Keywords(Mode.ANY, List.of("강아지"), TextField.ANY));
        classifier.storeFilters(List.of(puppies, filter(2, ItemKind.PLAN, new Condition.PriceRange(null, 5_000L))));
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(plan("p" + i, i % 2 == 0 ? "강아지 간식" : "고양이 사료", "", "pet.food", i * 1_000L, List.of("kr"), List.of(), 0));
        }

        Map<ItemKey, Set<UUID>> matched = classifier.storeAndClassify(items);

        assertThat(matched).isEqualTo(classifier.classify(items));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "p2"))).isEqualTo(ids(1, 2));
        assertThat(matched.get(new ItemKey(ItemKind.PLAN, "p7"))).isEmpty();
        List<ItemKey> found = new ArrayList<>();
        classifier.matchingItems(puppies, 100, found::addAll);
        assertThat(found).hasSize(20).allMatch(key -> key.kind() == ItemKind.PLAN);
    }
}

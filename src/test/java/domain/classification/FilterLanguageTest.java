package domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import domain.classification.Condition.Mode;
import domain.classification.Condition.TextField;
import domain.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FilterLanguageTest {
    /** Words are what whitespace separates, but for lone particles, which the real analyzer drops too. */
    private static final TextAnalyzer WORDS = text -> Arrays.stream(text.split("\\s+"))
            .filter(w -> !w.isBlank() && !List.of("은", "는", "이", "가").contains(w)).toList();

    private static Condition read(Object tree) {
        return FilterLanguage.read(tree, ItemKind.PLAN, WORDS);
    }

    private static List<String> problems(Object tree, ItemKind subject) {
        try {
            FilterLanguage.read(tree, subject, WORDS);
            throw new AssertionError("read without complaint: " + tree);
        } catch (InvalidInputException e) {
            return e.errors().stream().map(error -> error.field() + " " + error.reason()).toList();
        }
    }

    @Test
    void aFilterReadsIntoItsConditionAndWritesBackToTheSameTree() {
        UUID shop = UUID.randomUUID();
        Object tree = Map.of("and", List.of(
                Map.of("keywords", Map.of("any", List.of("강아지", "고양이"))),
                Map.of("keywords", Map.of("none", List.of("중고"), "in", "title")),
                Map.of("phrase", "갓 볶은 원두"),
                Map.of("phrase", Map.of("text", "당일 배송", "in", "body")),
                Map.of("category", List.of("food.coffee", "pet")),
                Map.of("tags", List.of(" 유기농 ", "Organic")),
                Map.of("price", Map.of("max", 15000)),
                Map.of("images", Map.of("atLeast", 1)),
                Map.of("region", List.of("seoul.gangnam")),
                Map.of("shop", List.of(shop.toString())),
                Map.of("or", List.of(Map.of("planKind", List.of("RENTAL")), Map.of("not", Map.of("price", Map.of("min", 0, "max", 10)))))));

        Condition condition = read(tree);

        assertThat(condition).isEqualTo(new Condition.And(List.of(
                new Condition.Keywords(Mode.ANY, List.of("강아지", "고양이"), TextField.ANY),
                new Condition.Keywords(Mode.NONE, List.of("중고"), TextField.TITLE),
                new Condition.Phrase("갓 볶은 원두", TextField.ANY),
                new Condition.Phrase("당일 배송", TextField.BODY),
                new Condition.CategoryIn(List.of(new Category("food.coffee"), new Category("pet"))),
                new Condition.TagsAny(List.of("유기농", "organic")),
                new Condition.PriceRange(null, 15_000L),
                new Condition.ImagesAtLeast(1),
                new Condition.RegionIn(List.of(new Region("seoul.gangnam"))),
                new Condition.ShopIn(List.of(shop)),
                new Condition.Or(List.of(new Condition.PlanKindIn(List.of(PlanKind.RENTAL)),
                        new Condition.Not(new Condition.PriceRange(0L, 10L)))))));
        assertThat(read(FilterLanguage.write(condition))).isEqualTo(condition);
    }

    @Test
    void everyBrokenPartIsNamedByItsPath() {
        Object tree = Map.of("and", List.of(
                Map.of("colour", "red"),
                Map.of("price", Map.of("min", 20000, "max", 100)),
                Map.of("price", Map.of("min", -1)),
                Map.of("price", Map.of("max", 1.5)),
                Map.of("category", List.of("food.caviar")),
                Map.of("region", List.of("seoul", "mars")),
                Map.of("keywords", Map.of("any", List.of("강아지"), "all", List.of("고양이"))),
                Map.of("keywords", Map.of("any", List.of("은"))),
                Map.of("keywords", Map.of("any", List.of(), "in", "footer")),
                Map.of("shop", List.of("not-a-uuid")),
                Map.of("logger", List.of("adapters.kafka")),
                Map.of("images", Map.of("atLeast", 11)),
                "not an object",
                Map.of("and", List.of())));

        assertThat(problems(tree, ItemKind.PLAN)).containsExactly(
                "filter.and[0] has an unknown condition 'colour'",
                "filter.and[1].price min must not be above max",
                "filter.and[2].price.min must be a whole number of won between 0 and 100000000000",
                "filter.and[3].price.max must be a whole number of won between 0 and 100000000000",
                "filter.and[4].category[0] is not a category of the tree (docs/catalog.md)",
                "filter.and[5].region[1] is not a region (docs/catalog.md)",
                "filter.and[6].keywords takes one of any, all or none, not several",
                "filter.and[7].keywords.any[0] has no word to match ('은': particles, endings and punctuation are not searched)",
                "filter.and[8].keywords.in must be title, body or any",
                "filter.and[8].keywords.any must be a list of 1-50 values",
                "filter.and[9].shop[0] is not a shop id (a UUID)",
                "filter.and[10].logger does not apply to PLAN items (only to [LOG])",
                "filter.and[11].images.atLeast must be a whole number between 0 and 10",
                "filter.and[12] must be an object with exactly one condition: and, or, not, keywords, phrase, category, tags, price,"
                        + " images, region, shop, planKind, logger, level or exception",
                "filter.and[13].and must be a list of 1-50 conditions");
    }

    @Test
    void logFiltersTakeLoggersLevelsAndExceptionsButNotCatalogConditions() {
        Condition condition = FilterLanguage.read(Map.of("and", List.of(Map.of("logger", List.of("adapters.kafka")),
                Map.of("level", List.of("ERROR")), Map.of("exception", List.of("java.net.ConnectException")),
                Map.of("keywords", Map.of("any", List.of("timeout"))))), ItemKind.LOG, WORDS);
        assertThat(condition).isEqualTo(new Condition.And(List.of(new Condition.LoggerIn(List.of("adapters.kafka")),
                new Condition.LevelIn(List.of("ERROR")), new Condition.ExceptionIn(List.of("java.net.ConnectException")),
                new Condition.Keywords(Mode.ANY, List.of("timeout"), TextField.ANY))));
        assertThat(problems(Map.of("and", List.of(Map.of("price", Map.of("max", 1)), Map.of("level", List.of("INFO")),
                Map.of("logger", List.of("not a logger")))), ItemKind.LOG)).containsExactly(
                "filter.and[0].price does not apply to LOG items (only to [PLAN, CONTENT])",
                "filter.and[1].level[0] is not a level log alerts see (WARN, ERROR)",
                "filter.and[2].logger[0] is not a logger or package name");
    }

    @Test
    void aFilterHasBoundsOnDepthConditionsAndValues() {
        Object deep = Map.of("price", Map.of("max", 1));
        for (int i = 0; i < FilterLanguage.MAX_DEPTH; i++) deep = Map.of("not", deep);
        assertThat(problems(deep, ItemKind.PLAN)).singleElement().asString().contains("nests deeper than 8 levels");

        List<Object> many = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) many.add(Map.of("or", List.of(Map.of("price", Map.of("max", i)), Map.of("price", Map.of("min", i)))));
        assertThat(problems(Map.of("and", many), ItemKind.PLAN)).containsExactly("filter has more than 100 conditions");

        List<Object> wordy = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wordy.add(Map.of("keywords", Map.of("any", java.util.stream.IntStream.range(0, 50).mapToObj(n -> "word" + n).toList())));
        }
        assertThat(problems(Map.of("or", wordy), ItemKind.PLAN)).containsExactly("filter has more than 200 words and values in all");
        assertThat(problems(Map.of("phrase", "x".repeat(201)), ItemKind.PLAN)).containsExactly("filter.phrase must be text of 1-200 characters");
    }
}

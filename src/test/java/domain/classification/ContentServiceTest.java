package domain.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentServiceTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private final Map<ItemKey, ContentItem> kept = new LinkedHashMap<>();
    private final List<String> transactions = new ArrayList<>();
    private final ContentService service = new ContentService(new ContentItems() {
        @Override
        public void put(List<ContentItem> items) {
            items.forEach(i -> kept.put(i.key(), i));
        }

        @Override
        public void remove(Collection<ItemKey> keys) {
            keys.forEach(kept::remove);
        }
    }, new domain.shared.SeparateTransaction() {
        @Override
        public <T> T commit(java.util.function.Supplier<T> work) {
            transactions.add("commit");
            return work.get();
        }
    });

    private static ContentItem item(String id, String title) {
        return ContentItem.parse("news", id, title, null, "content.news", List.of(" 뉴스 ", "뉴스"), null, null, null, NOW);
    }

    @Test
    void theLastChangeOfAnItemInABatchWinsAndRepeatingABatchChangesNothing() {
        List<ContentService.Change> batch = List.of(ContentService.Change.of(item("a", "첫 소식")), ContentService.Change.of(item("b", "둘")),
                ContentService.Change.deleted(ContentItem.keyOf("news", "b")), ContentService.Change.of(item("a", "고친 소식")));
        assertThat(service.received(batch)).containsExactly(ContentItem.keyOf("news", "a"), ContentItem.keyOf("news", "b"));
        assertThat(kept.keySet()).containsExactly(ContentItem.keyOf("news", "a"));
        assertThat(kept.get(ContentItem.keyOf("news", "a")).title()).isEqualTo("고친 소식");
        Map<ItemKey, ContentItem> before = new LinkedHashMap<>(kept);
        service.received(batch);
        assertThat(kept).isEqualTo(before);
        assertThat(transactions).hasSize(2);
    }

    @Test
    void anItemIsClassifiedByItsTitleBodyAndDetails() {
        Item item = item("a", "  강아지 소식 ").item();
        assertThat(item.key().value()).isEqualTo("content:news:a");
        assertThat(item.title()).isEqualTo("강아지 소식");
        assertThat(item.tags()).containsExactly("뉴스");
        assertThat(item.regions()).extracting(r -> r.code()).containsExactly("kr");
        assertThat(item.shopId()).isNull();
        assertThat(item.changedAt()).isEqualTo(NOW);
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> ContentItem.parse("News!", "a b", "", "x".repeat(10_001), "nope", null, List.of("http://x"), -1L,
                List.of("atlantis"), NOW)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                .extracting(InvalidInputException.FieldError::field)
                .contains("source", "id", "title", "body", "category", "imageUrls[0]", "price", "regions[0]"));
    }
}

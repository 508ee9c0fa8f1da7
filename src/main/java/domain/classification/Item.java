package domain.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.Region;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing to classify, whatever it came from: a plan (its product's text and details, its price for a new
 * subscriber), a partner's content item, or a log record. What an item does not have is null or empty, and no
 * condition on it matches. {@code changedAt} is when the change that brought it happened (for the lag metric).
 */
public record Item(ItemKey key, String title, String body, Category category, List<String> tags, int imageCount, Long price,
                   List<Region> regions, UUID shopId, PlanKind planKind, String logger, String level,
                   List<String> exceptionTypes, Instant changedAt) {

    public Item {
        title = title == null ? "" : title;
        body = body == null ? "" : body;
        tags = tags == null ? List.of() : List.copyOf(tags);
        regions = regions == null ? List.of() : List.copyOf(regions);
        exceptionTypes = exceptionTypes == null ? List.of() : List.copyOf(exceptionTypes);
        if (imageCount < 0) throw new IllegalArgumentException("an image count is never negative");
    }

    public ItemKind kind() {
        return key.kind();
    }
}

package domain.classification;

import domain.catalog.Category;
import domain.catalog.PlanKind;
import domain.catalog.ProductDetails;
import domain.catalog.Region;
import domain.shared.InputLimits;
import domain.shared.Money;
import domain.shared.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A made-up item a curator tries a filter on, checked like a real one. */
public final class SampleItem {
    private SampleItem() { }

    /** The item, of the subject's kind; every wrong field is listed (as {@code item.<field>}). */
    public static Item of(ItemKind subject, String title, String body, String category, List<String> tags, Integer imageCount,
                          Long price, List<String> regions, UUID shopId, PlanKind planKind, String logger, String level,
                          List<String> exceptionTypes) {
        Validation v = new Validation().optionalText(title, "item.title", 500).optionalText(body, "item.body", InputLimits.MAX_TEXT_LENGTH);
        v.require(category == null || Category.exists(category), "item.category", "is not a category of the tree (docs/catalog.md)");
        v.require(imageCount == null || (imageCount >= 0 && imageCount <= ProductDetails.MAX_IMAGES), "item.imageCount",
                "must be between 0 and " + ProductDetails.MAX_IMAGES);
        v.require(price == null || (price >= 0 && price <= Money.MAX_AMOUNT), "item.price", "must be between 0 and " + Money.MAX_AMOUNT);
        v.require(tags == null || tags.size() <= ProductDetails.MAX_TAGS, "item.tags", "must be at most " + ProductDetails.MAX_TAGS);
        List<Region> parsedRegions = new ArrayList<>();
        if (regions != null) {
            for (int i = 0; i < regions.size(); i++) {
                if (Region.exists(regions.get(i))) parsedRegions.add(new Region(regions.get(i)));
                else v.require(false, "item.regions[" + i + "]", "is not a region (docs/catalog.md)");
            }
        }
        v.require(level == null || level.equals("WARN") || level.equals("ERROR"), "item.level", "must be WARN or ERROR");
        v.optionalText(logger, "item.logger", 100);
        v.require(exceptionTypes == null || exceptionTypes.size() <= 10, "item.exceptionTypes", "must be at most 10");
        if (exceptionTypes != null) {
            for (int i = 0; i < exceptionTypes.size() && i < 10; i++) {
                String type = exceptionTypes.get(i);
                v.require(type != null && !type.isBlank() && type.length() <= 200, "item.exceptionTypes[" + i + "]",
                        "must be a class name of 1-200 characters");
            }
        }
        v.throwIfInvalid();
        List<String> cleanTags = tags == null ? List.of()
                : tags.stream().filter(t -> t != null && !t.isBlank()).map(t -> t.strip().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        return new Item(new ItemKey(subject, "sample"), title, body, category == null ? null : new Category(category), cleanTags,
                imageCount == null ? 0 : imageCount, price, parsedRegions, shopId, planKind, logger, level,
                exceptionTypes == null ? List.of() : exceptionTypes, null);
    }
}

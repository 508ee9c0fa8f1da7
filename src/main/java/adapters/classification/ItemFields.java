package adapters.classification;

import domain.catalog.Region;
import domain.classification.Item;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An item as both engines index it: two text fields, numbers, and keyword fields that already hold what filters ask
 * for (a category with its parents, the regions an item lies in, a logger with its packages), so that every condition
 * but price and images is an exact term.
 */
final class ItemFields {
    static final String KEY = "key", KIND = "kind", TITLE = "title", BODY = "body", PRICE = "price", IMAGES = "images",
            CATEGORY = "category", TAGS = "tags", REGION_IN = "region_in", REGION_SERVED = "region_served", SHOP = "shop",
            PLAN_KIND = "plan_kind", LOGGER = "logger", LEVEL = "level", EXCEPTION = "exception";
    static final List<String> KEYWORD_FIELDS = List.of(KIND, CATEGORY, TAGS, REGION_IN, REGION_SERVED, SHOP, PLAN_KIND, LOGGER,
            LEVEL, EXCEPTION);

    private ItemFields() { }

    /** The keyword fields' values (a field without values is left out). */
    static Map<String, List<String>> keywords(Item item) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put(KIND, List.of(item.kind().name()));
        if (item.category() != null) fields.put(CATEGORY, item.category().selfAndAncestors());
        if (!item.tags().isEmpty()) fields.put(TAGS, item.tags());
        if (!item.regions().isEmpty()) {
            Set<String> in = new LinkedHashSet<>();
            for (Region region : item.regions()) in.addAll(region.selfAndLarger());
            fields.put(REGION_IN, List.copyOf(in));
            fields.put(REGION_SERVED, item.regions().stream().map(Region::code).toList());
        }
        if (item.shopId() != null) fields.put(SHOP, List.of(item.shopId().toString()));
        if (item.planKind() != null) fields.put(PLAN_KIND, List.of(item.planKind().name()));
        if (item.logger() != null) fields.put(LOGGER, prefixes(item.logger()));
        if (item.level() != null) fields.put(LEVEL, List.of(item.level()));
        if (!item.exceptionTypes().isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (String type : item.exceptionTypes()) {
                names.add(type);
                names.add(type.substring(type.lastIndexOf('.') + 1));
            }
            fields.put(EXCEPTION, List.copyOf(names));
        }
        return fields;
    }

    /** {@code a.b.C}: a, a.b and a.b.C. */
    static List<String> prefixes(String dotted) {
        List<String> prefixes = new ArrayList<>();
        for (int dot = dotted.indexOf('.'); dot > 0; dot = dotted.indexOf('.', dot + 1)) prefixes.add(dotted.substring(0, dot));
        prefixes.add(dotted);
        return prefixes;
    }
}

package domain.catalog;

import domain.shared.Validation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What pools, alerts and audiences sort a product by, besides its name and description: a category (or none),
 * tags (trimmed, lower-case, each once), image URLs (https) and the regions it is delivered to (the whole country
 * unless the shop says otherwise; each region once).
 */
public record ProductDetails(Category category, List<String> tags, List<String> imageUrls, List<Region> regions) {
    public static final int MAX_TAGS = 20, MAX_TAG_LENGTH = 30, MAX_IMAGES = 10, MAX_IMAGE_URL_LENGTH = 500, MAX_REGIONS = 50;
    public static final ProductDetails NONE = new ProductDetails(null, List.of(), List.of(), List.of(Region.NATIONWIDE));

    public ProductDetails {
        tags = List.copyOf(tags);
        imageUrls = List.copyOf(imageUrls);
        regions = List.copyOf(regions);
        if (regions.isEmpty()) throw new IllegalArgumentException("a product is delivered somewhere");
    }

    public int imageCount() {
        return imageUrls.size();
    }

    /**
     * Validates raw fields (any may be null: no category, no tags, no images, nationwide) and lists every one that
     * is wrong in {@code v}; null when something is.
     */
    public static ProductDetails parse(String category, List<String> tags, List<String> imageUrls, List<String> regions,
                                       Validation v) {
        int before = v.errorCount();
        Category parsedCategory = null;
        if (category != null) {
            if (Category.exists(category)) parsedCategory = new Category(category);
            else v.require(false, "category", "is not a category of the tree (docs/catalog.md), e.g. food.coffee");
        }
        List<String> parsedTags = tags(tags, v);
        List<String> urls = imageUrls(imageUrls, v);
        List<Region> parsedRegions = regions(regions, v);
        return v.errorCount() > before ? null : new ProductDetails(parsedCategory, parsedTags, urls, parsedRegions);
    }

    private static List<String> tags(List<String> raw, Validation v) {
        if (raw == null) return List.of();
        v.require(raw.size() <= MAX_TAGS, "tags", "must be at most " + MAX_TAGS);
        Set<String> tags = new LinkedHashSet<>();
        for (int i = 0; i < raw.size() && i < MAX_TAGS; i++) {
            String tag = raw.get(i);
            String field = "tags[" + i + "]";
            if (tag == null || tag.isBlank()) v.require(false, field, "must not be blank");
            else if (tag.strip().length() > MAX_TAG_LENGTH) v.require(false, field, "must be at most " + MAX_TAG_LENGTH + " characters");
            else tags.add(tag.strip().toLowerCase(Locale.ROOT));
        }
        return new ArrayList<>(tags);
    }

    private static List<String> imageUrls(List<String> raw, Validation v) {
        if (raw == null) return List.of();
        v.require(raw.size() <= MAX_IMAGES, "imageUrls", "must be at most " + MAX_IMAGES);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < raw.size() && i < MAX_IMAGES; i++) {
            String url = raw.get(i);
            String field = "imageUrls[" + i + "]";
            if (url == null || url.length() > MAX_IMAGE_URL_LENGTH) {
                v.require(false, field, "must be an https URL of at most " + MAX_IMAGE_URL_LENGTH + " characters");
            } else if (!isHttpsUrl(url)) {
                v.require(false, field, "must be an absolute https URL with a host");
            } else {
                urls.add(url);
            }
        }
        return urls;
    }

    private static boolean isHttpsUrl(String url) {
        try {
            URI uri = new URI(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private static List<Region> regions(List<String> raw, Validation v) {
        if (raw == null || raw.isEmpty()) return List.of(Region.NATIONWIDE);
        v.require(raw.size() <= MAX_REGIONS, "regions", "must be at most " + MAX_REGIONS);
        Set<Region> regions = new LinkedHashSet<>();
        for (int i = 0; i < raw.size() && i < MAX_REGIONS; i++) {
            String code = raw.get(i);
            if (Region.exists(code)) regions.add(new Region(code));
            else v.require(false, "regions[" + i + "]", "is not a region (docs/catalog.md): kr, a province like busan, or a Seoul district like seoul.gangnam");
        }
        return new ArrayList<>(regions);
    }
}

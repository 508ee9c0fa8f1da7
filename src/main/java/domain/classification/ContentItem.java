package domain.classification;

import domain.catalog.ProductDetails;
import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import domain.shared.Validation;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A partner's news-like item (from the {@code gudok.content} stream): named by its source (the partner's feed) and
 * its id there, classified by its title, body and details like a plan (docs/classification.md has its JSON schema).
 * {@code receivedAt} is when this version reached the stream.
 */
public record ContentItem(String source, String id, String title, String body, ProductDetails details, Long price, Instant receivedAt) {
    public static final int MAX_TITLE = 200, MAX_BODY = 10_000;
    public static final long MAX_PRICE = 1_000_000_000L;
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._~-]{1,120}");

    public ItemKey key() {
        return keyOf(source, id);
    }

    public static ItemKey keyOf(String source, String id) {
        return new ItemKey(ItemKind.CONTENT, source + ":" + id);
    }

    /** The key a feed names an item by ({@code <source>:<id>}), or an exception saying what is wrong with it. */
    public static ItemKey parseKey(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0 || !SOURCE.matcher(key.substring(0, colon)).matches() || !ID.matcher(key.substring(colon + 1)).matches()) {
            throw InvalidInputException.of("key", "must be <source>:<id>, a source of 1-40 lower-case letters, digits and dashes "
                    + "and an id of 1-120 letters, digits and . _ ~ -");
        }
        return keyOf(key.substring(0, colon), key.substring(colon + 1));
    }

    /** Validates every field of a received item at once (the exception lists each wrong one). */
    public static ContentItem parse(String source, String id, String title, String body, String category, List<String> tags,
                                    List<String> imageUrls, Long price, List<String> regions, Instant receivedAt) {
        Validation v = new Validation();
        v.require(source != null && SOURCE.matcher(source).matches(), "source", "must be 1-40 lower-case letters, digits and dashes");
        v.require(id != null && ID.matcher(id).matches(), "id", "must be 1-120 letters, digits and . _ ~ -");
        v.text(title, "title", MAX_TITLE);
        v.optionalText(body, "body", MAX_BODY);
        if (title != null) v.require(InputLimits.textProblem(title) == null, "title", String.valueOf(InputLimits.textProblem(title)));
        if (body != null) v.require(InputLimits.textProblem(body) == null, "body", String.valueOf(InputLimits.textProblem(body)));
        v.require(price == null || price >= 0 && price <= MAX_PRICE, "price", "must be whole won from 0 to " + MAX_PRICE);
        ProductDetails details = ProductDetails.parse(category, tags, imageUrls, regions, v);
        v.throwIfInvalid();
        return new ContentItem(source, id, title.strip(), body == null ? "" : body, details, price, receivedAt);
    }

    public Item item() {
        return new Item(key(), title, body, details.category(), details.tags(), details.imageCount(), price, details.regions(),
                null, null, null, null, List.of(), receivedAt);
    }
}

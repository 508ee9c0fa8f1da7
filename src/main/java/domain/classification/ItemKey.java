package domain.classification;

/** Names one item across kinds: {@code plan:<uuid>}, {@code content:<source>:<id>}, {@code log:<id>}. */
public record ItemKey(ItemKind kind, String id) implements Comparable<ItemKey> {
    public static final int MAX_ID_LENGTH = 200;

    public ItemKey {
        if (kind == null || id == null || id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException("an item key needs a kind and an id of 1-" + MAX_ID_LENGTH + " characters");
        }
    }

    public static ItemKey parse(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) throw new IllegalArgumentException("not an item key: " + value);
        return new ItemKey(ItemKind.valueOf(value.substring(0, colon).toUpperCase(java.util.Locale.ROOT)), value.substring(colon + 1));
    }

    public String value() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }

    @Override
    public int compareTo(ItemKey other) {
        return value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}

package domain.shared;

/** Where a list continues (an opaque cursor the storage adapter understands) and how many to return. */
public record PageRequest(String after, int limit) {
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 20;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) throw InvalidInputException.of("limit", "must be between 1 and " + MAX_LIMIT);
    }
}

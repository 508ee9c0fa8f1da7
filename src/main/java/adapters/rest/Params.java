package adapters.rest;

import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.PageRequest;
import java.util.UUID;

/** Path and query parameters arrive as text and are parsed here, so a bad one gets a clear answer. */
final class Params {
    private Params() { }

    static <T> T body(T body) {
        if (body == null) throw InvalidInputException.of("body", "is required: send a JSON object");
        return body;
    }

    static UUID id(String kind, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(kind, value);
        }
    }

    static UUID optionalUuid(String field, String value) {
        if (value == null || value.isEmpty()) return null;
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be a UUID");
        }
    }

    static PageRequest page(String cursor, String limit) {
        int size = PageRequest.DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit);
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("limit", "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
            }
        }
        return new PageRequest(cursor == null || cursor.isEmpty() ? null : cursor, size);
    }

    static java.time.LocalDate optionalDate(String field, String value) {
        if (value == null || value.isEmpty()) return null;
        try {
            return java.time.LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date like 2026-12-24");
        }
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String field, String value) {
        if (value == null || value.isEmpty()) return null;
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}

package adapters.rest;

import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.PageRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Path and query parameters arrive as text and are parsed here, so a bad one gets a clear answer. A query
 * parameter left out takes its default; one sent empty or with control characters never gets here
 * ({@link QueryRules} refuses it for every request).
 */
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
        if (value == null) return null;
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be a UUID");
        }
    }

    static Integer optionalInt(String field, String value, int min, int max) {
        if (value == null) return null;
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) return number;
        } catch (NumberFormatException e) {
            // answered below
        }
        throw InvalidInputException.of(field, "must be a whole number between " + min + " and " + max);
    }

    static PageRequest page(String cursor, String limit) {
        Integer size = optionalInt("limit", limit, 1, PageRequest.MAX_LIMIT);
        return new PageRequest(cursor, size == null ? PageRequest.DEFAULT_LIMIT : size);
    }

    static LocalDate optionalDate(String field, String value) {
        if (value == null) return null;
        try {
            return InputLimits.requireDate(field, LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "must be a date like 2026-12-24");
        }
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String field, String value) {
        if (value == null) return null;
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}

package adapters.persistence;

import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The opaque position in a list: the sort key and the id of the last row a page held.
 * Clients get it base64url-encoded and send it back unchanged.
 */
record Cursor(String sortKey, UUID id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((sortKey + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int bar = decoded.lastIndexOf('|');
            return new Cursor(decoded.substring(0, bar), UUID.fromString(decoded.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw notACursor();
        }
    }

    /** The sort key as an instant; a forged one out of {@link InputLimits}' range is refused like any other. */
    Instant instant() {
        return parse(Instant::parse, InputLimits::instantInRange);
    }

    /** The sort key as a business date, within {@link InputLimits}' range. */
    LocalDate date() {
        return parse(LocalDate::parse, InputLimits::dateInRange);
    }

    private <T> T parse(Function<String, T> parser, Predicate<T> inRange) {
        try {
            T value = parser.apply(sortKey);
            if (inRange.test(value)) return value;
        } catch (RuntimeException e) {
            // answered below
        }
        throw notACursor();
    }

    private static InvalidInputException notACursor() {
        return InvalidInputException.of("cursor", "is not a cursor this list handed out");
    }
}

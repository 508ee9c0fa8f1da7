package adapters.persistence;

import domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

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
            throw InvalidInputException.of("cursor", "is not a cursor this list handed out");
        }
    }

    static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "is not a cursor this list handed out");
        }
    }
}

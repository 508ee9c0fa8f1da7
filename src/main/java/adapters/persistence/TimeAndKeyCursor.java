package adapters.persistence;

import domain.classification.ItemKey;
import domain.shared.InputLimits;
import domain.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * A place in a newest-first list of items (a pool's members, an alert's matches, a log alert's records): the time and
 * the item's key of the last one shown, base64url so that it is opaque; a cursor this list did not give is a 400.
 */
record TimeAndKeyCursor(Instant at, ItemKey key) {

    String encode() {
        String plain = at + " " + key.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static TimeAndKeyCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(" ", 2);
            Instant at = Instant.parse(parts[0]);
            if (!InputLimits.instantInRange(at)) throw new IllegalArgumentException("out of range");
            return new TimeAndKeyCursor(at, ItemKey.parse(parts[1]));
        } catch (RuntimeException e) {
            throw InvalidInputException.of("cursor", "is not a cursor this list gave");
        }
    }
}

package domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What gudok accepts from outside, in one place: text without control characters, and dates and
 * instants within years 1900-9999. Every adapter that takes input (JSON bodies, query parameters,
 * cursors, token claims) asks here, so a value PostgreSQL or a client could not handle never gets in.
 */
public final class InputLimits {
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 31);
    public static final Instant EARLIEST_INSTANT = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST_INSTANT = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    /** No single text field of the API is longer; each field has its own, smaller bound too. */
    public static final int MAX_TEXT_LENGTH = 10_000;

    private InputLimits() { }

    /**
     * Why the text cannot be accepted, or null if it can. Refused: C0 control characters other than
     * tab, line feed and carriage return (NUL above all, which PostgreSQL cannot store), DEL, C1
     * controls, and unpaired UTF-16 surrogates (a JSON escape like \uD800 makes one).
     */
    public static String textProblem(String text) {
        if (text.length() > MAX_TEXT_LENGTH) return "must be at most " + MAX_TEXT_LENGTH + " characters";
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c <= 0x9f) {
                return "must not contain control characters (found U+%04X at position %d)".formatted((int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode (an unpaired surrogate at position " + i + ")";
            }
        }
        return null;
    }

    public static String requireText(String field, String text) {
        String problem = text == null ? null : textProblem(text);
        if (problem != null) throw InvalidInputException.of(field, problem);
        return text;
    }

    public static boolean dateInRange(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean instantInRange(Instant instant) {
        return !instant.isBefore(EARLIEST_INSTANT) && !instant.isAfter(LATEST_INSTANT);
    }

    public static String dateRangeProblem() {
        return "must be a date between " + EARLIEST_DATE + " and " + LATEST_DATE;
    }

    public static String instantRangeProblem() {
        return "must be an instant between " + EARLIEST_INSTANT + " and " + LATEST_INSTANT;
    }

    public static LocalDate requireDate(String field, LocalDate date) {
        if (date != null && !dateInRange(date)) throw InvalidInputException.of(field, dateRangeProblem());
        return date;
    }

}

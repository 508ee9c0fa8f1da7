package domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects every broken rule of a command so the caller learns all of them at once. */
public final class Validation {
    private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

    public Validation require(boolean rule, String field, String reason) {
        if (!rule) errors.add(new InvalidInputException.FieldError(field, reason));
        return this;
    }

    public boolean present(Object value, String field) {
        if (value == null) {
            errors.add(new InvalidInputException.FieldError(field, "is required"));
            return false;
        }
        return true;
    }

    public Validation text(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new InvalidInputException.FieldError(field, "is required"));
        } else if (value.length() > maxLength) {
            errors.add(new InvalidInputException.FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Validation optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new InvalidInputException.FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Validation range(Integer value, String field, int min, int max) {
        if (present(value, field) && (value < min || value > max)) {
            errors.add(new InvalidInputException.FieldError(field, "must be between " + min + " and " + max));
        }
        return this;
    }

    /** How many rules are broken so far: a parser compares before and after to know whether its part was valid. */
    public int errorCount() {
        return errors.size();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) throw new InvalidInputException(errors);
    }
}

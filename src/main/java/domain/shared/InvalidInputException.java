package domain.shared;

import java.util.List;

/** One or more fields of a command break a rule; every broken field is listed. */
public final class InvalidInputException extends DomainException {
    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors));
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String reason) {
        return new InvalidInputException(List.of(new FieldError(field, reason)));
    }

    public List<FieldError> errors() { return errors; }

    private static String describe(List<FieldError> errors) {
        StringBuilder text = new StringBuilder();
        for (FieldError error : errors) {
            if (text.length() > 0) text.append("; ");
            text.append(error.field()).append(' ').append(error.reason());
        }
        return text.toString();
    }

    public record FieldError(String field, String reason) { }
}

package domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static InvalidInputException failureOf(Validation validation) {
        try {
            validation.throwIfInvalid();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the validation to fail");
    }

    @Test
    void passesWhenEveryRuleHolds() {
        Validation v = new Validation()
                .text("name", "name", 10)
                .optionalText(null, "note", 5)
                .range(3, "count", 1, 3)
                .require(true, "flag", "must hold");
        assertThat(v.present("x", "thing")).isTrue();
        assertThatCode(v::throwIfInvalid).doesNotThrowAnyException();
    }

    @Test
    void collectsEveryBrokenRuleInOrder() {
        Validation v = new Validation()
                .text("   ", "name", 10)
                .text("x".repeat(11), "title", 10)
                .optionalText("toolong", "note", 5)
                .range(0, "count", 1, 3)
                .range(null, "size", 1, 3)
                .require(false, "flag", "must hold");
        assertThat(v.present(null, "thing")).isFalse();

        InvalidInputException e = failureOf(v);
        assertThat(e.errors()).containsExactly(
                new FieldError("name", "is required"),
                new FieldError("title", "must be at most 10 characters"),
                new FieldError("note", "must be at most 5 characters"),
                new FieldError("count", "must be between 1 and 3"),
                new FieldError("size", "is required"),
                new FieldError("flag", "must hold"),
                new FieldError("thing", "is required"));
        assertThat(e).hasMessage("name is required; title must be at most 10 characters; note must be at most 5 characters; "
                + "count must be between 1 and 3; size is required; flag must hold; thing is required");
    }

    @Test
    void textAcceptsExactlyTheMaximumLength() {
        assertThatCode(() -> new Validation().text("x".repeat(10), "name", 10).throwIfInvalid()).doesNotThrowAnyException();
        assertThatThrownBy(() -> new Validation().text(null, "name", 10).throwIfInvalid())
                .isInstanceOf(InvalidInputException.class).hasMessage("name is required");
    }

    @Test
    void rangeIncludesBothBounds() {
        assertThatCode(() -> new Validation().range(1, "n", 1, 3).range(3, "m", 1, 3).throwIfInvalid()).doesNotThrowAnyException();
        assertThat(failureOf(new Validation().range(4, "n", 1, 3)).errors()).extracting(FieldError::field).containsExactly("n");
    }

    @Test
    void theErrorListCannotBeChangedAfterwards() {
        InvalidInputException e = InvalidInputException.of("a", "is wrong");
        assertThatThrownBy(() -> e.errors().add(new FieldError("b", "too"))).isInstanceOf(UnsupportedOperationException.class);
    }
}

package domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class InputLimitsTest {

    @Test
    void textUpToTenThousandCharactersIsAcceptedAndLongerIsNot() {
        assertThat(InputLimits.textProblem("a".repeat(10_000))).isNull();
        assertThat(InputLimits.textProblem("a".repeat(10_001))).isEqualTo("must be at most 10000 characters");
        assertThat(InputLimits.textProblem("")).isNull();
    }

    @Test
    void tabLineFeedAndCarriageReturnAreTheOnlyControlCharactersAccepted() {
        assertThat(InputLimits.textProblem("line one\r\n\tline two")).isNull();
        assertThat(InputLimits.textProblem(" ~\u00a0한글")).isNull();
    }

    @Test
    void otherControlCharactersAreRefusedWithWhereTheyAre() {
        assertThat(InputLimits.textProblem("abc\u0000")).isEqualTo("must not contain control characters (found U+0000 at position 3)");
        assertThat(InputLimits.textProblem("\u001f")).isEqualTo("must not contain control characters (found U+001F at position 0)");
        assertThat(InputLimits.textProblem("\u000b")).isNotNull(); // vertical tab
        assertThat(InputLimits.textProblem("x\u007f")).isEqualTo("must not contain control characters (found U+007F at position 1)");
        assertThat(InputLimits.textProblem("\u0080")).isNotNull();
        assertThat(InputLimits.textProblem("\u009f")).isEqualTo("must not contain control characters (found U+009F at position 0)");
    }

    @Test
    void surrogatePairsAreAcceptedAndLoneSurrogatesAreNot() {
        assertThat(InputLimits.textProblem("주문 \uD83D\uDE00 완료")).isNull();
        assertThat(InputLimits.textProblem("ab\uD800")).isEqualTo("must be valid Unicode (an unpaired surrogate at position 2)");
        assertThat(InputLimits.textProblem("\uDE00ab")).isEqualTo("must be valid Unicode (an unpaired surrogate at position 0)");
        assertThat(InputLimits.textProblem("\uD83Dx")).isEqualTo("must be valid Unicode (an unpaired surrogate at position 0)");
        assertThat(InputLimits.textProblem("\uD83D\uD83D\uDE00")).isEqualTo("must be valid Unicode (an unpaired surrogate at position 0)");
    }

    @Test
    void positionsAfterASurrogatePairCountBothOfItsHalves() {
        assertThat(InputLimits.textProblem("\uD83D\uDE00\u0001")).isEqualTo("must not contain control characters (found U+0001 at position 2)");
        assertThat(InputLimits.textProblem("\uD83D\uDE00\uDE00")).isEqualTo("must be valid Unicode (an unpaired surrogate at position 2)");
    }

    @Test
    void requireTextNamesTheFieldAndPassesGoodTextAndNullThrough() {
        assertThat(InputLimits.requireText("note", "leave at the door")).isEqualTo("leave at the door");
        assertThat(InputLimits.requireText("note", null)).isNull();
        assertThatThrownBy(() -> InputLimits.requireText("note", "a\u0000b")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).containsExactly(new InvalidInputException.FieldError("note",
                        "must not contain control characters (found U+0000 at position 1)")));
    }

    @Test
    void datesFrom1900To9999AreInRange() {
        assertThat(InputLimits.dateInRange(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputLimits.dateInRange(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputLimits.dateInRange(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(InputLimits.dateInRange(LocalDate.of(9999, 12, 31))).isTrue();
        assertThat(InputLimits.dateInRange(LocalDate.of(10_000, 1, 1))).isFalse();
        assertThat(InputLimits.dateRangeProblem()).isEqualTo("must be a date between 1900-01-01 and 9999-12-31");
    }

    @Test
    void instantsFromTheStartOf1900ToTheEndOf9999AreInRange() {
        Instant earliest = Instant.parse("1900-01-01T00:00:00Z");
        Instant latest = Instant.parse("9999-12-31T23:59:59.999999999Z");
        assertThat(InputLimits.EARLIEST_INSTANT).isEqualTo(earliest);
        assertThat(InputLimits.LATEST_INSTANT).isEqualTo(latest);
        assertThat(InputLimits.instantInRange(earliest)).isTrue();
        assertThat(InputLimits.instantInRange(earliest.minusNanos(1))).isFalse();
        assertThat(InputLimits.instantInRange(latest)).isTrue();
        assertThat(InputLimits.instantInRange(latest.plusNanos(1))).isFalse();
        assertThat(InputLimits.instantRangeProblem()).contains("1900-01-01T00:00:00Z").contains("9999-12-31T23:59:59.999999999Z");
    }

    @Test
    void requireDateRefusesADateOutOfRangeUnderItsField() {
        LocalDate date = LocalDate.of(2026, 3, 2);
        assertThat(InputLimits.requireDate("from", date)).isEqualTo(date);
        assertThat(InputLimits.requireDate("from", null)).isNull();
        assertThatThrownBy(() -> InputLimits.requireDate("from", LocalDate.of(1899, 12, 31)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).containsExactly(
                        new InvalidInputException.FieldError("from", "must be a date between 1900-01-01 and 9999-12-31")));
    }

    @Test
    void aPageHoldsOneToAHundredItems() {
        assertThat(new PageRequest(null, 1).limit()).isEqualTo(1);
        assertThat(new PageRequest(null, 100).limit()).isEqualTo(100);
        assertThatThrownBy(() -> new PageRequest(null, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new PageRequest(null, 101)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aTransferMovesOneWonUpToTheMaximum() {
        assertThatCode(() -> Money.requireTransferable(1)).doesNotThrowAnyException();
        assertThatCode(() -> Money.requireTransferable(Money.MAX_AMOUNT)).doesNotThrowAnyException();
        assertThatThrownBy(() -> Money.requireTransferable(0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Money.requireTransferable(Money.MAX_AMOUNT + 1)).isInstanceOf(InvalidInputException.class);
    }
}

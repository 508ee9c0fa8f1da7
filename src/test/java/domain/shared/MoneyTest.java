package domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.shared.InvalidInputException.FieldError;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void acceptsWholeWonFromZeroToTheMaximum() {
        assertThat(Money.won(0).amount()).isZero();
        assertThat(Money.won(Money.MAX_AMOUNT).amount()).isEqualTo(100_000_000_000L);
        assertThat(new Money(1_500, "KRW")).isEqualTo(Money.won(1_500));
        assertThat(Money.won(1_500).currency()).isEqualTo(Money.KRW);
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, Long.MIN_VALUE, Money.MAX_AMOUNT + 1, Long.MAX_VALUE})
    void rejectsAmountsOutOfRange(long amount) {
        assertThatThrownBy(() -> Money.won(amount)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "krw", "", "KRW "})
    void rejectsEveryCurrencyButKrw(String currency) {
        assertThatThrownBy(() -> new Money(100, currency)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("currency");
    }

    @Test
    void rejectsAMissingCurrency() {
        assertThatThrownBy(() -> new Money(100, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesMultipliesExactly() {
        assertThat(Money.won(12_500).times(3)).isEqualTo(Money.won(37_500));
        assertThat(Money.won(12_500).times(0)).isEqualTo(Money.won(0));
        assertThat(Money.won(Money.MAX_AMOUNT).times(1)).isEqualTo(Money.won(Money.MAX_AMOUNT));
    }

    @Test
    void timesFailsOnLongOverflowInsteadOfWrappingAround() {
        // 10^11 * (2^31 - 1) does not fit in a long
        assertThatThrownBy(() -> Money.won(Money.MAX_AMOUNT).times(Integer.MAX_VALUE)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void timesRefusesResultsAboveTheMaximumOrBelowZero() {
        assertThatThrownBy(() -> Money.won(Money.MAX_AMOUNT).times(2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.won(1).times(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- parse

    private static BigDecimal amount(long value) {
        return BigDecimal.valueOf(value);
    }

    private static InvalidInputException failureOf(Validation validation) {
        try {
            validation.throwIfInvalid();
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("expected the validation to fail");
    }

    @Test
    void parseAcceptsAnAmountWithOrWithoutKrw() {
        Validation v = new Validation();
        assertThat(Money.parse(amount(5_000), "KRW", "price", v)).isEqualTo(Money.won(5_000));
        assertThat(Money.parse(amount(0), null, "price", v)).isEqualTo(Money.won(0));
        assertThat(Money.parse(amount(Money.MAX_AMOUNT), null, "price", v)).isEqualTo(Money.won(Money.MAX_AMOUNT));
        v.throwIfInvalid();
    }

    @Test
    void parseRequiresAnAmount() {
        Validation v = new Validation();
        assertThat(Money.parse(null, "KRW", "price", v)).isNull();
        assertThat(failureOf(v).errors()).containsExactly(new FieldError("price.amount", "is required"));
    }

    @Test
    void parseReportsAmountAndCurrencyTogether() {
        Validation v = new Validation();
        assertThat(Money.parse(amount(-1), "USD", "price", v)).isNull();
        assertThat(failureOf(v).errors()).extracting(FieldError::field).containsExactly("price.amount", "price.currency");
    }

    @Test
    void parseRejectsAnAmountJustAboveTheMaximum() {
        Validation v = new Validation();
        assertThat(Money.parse(amount(Money.MAX_AMOUNT + 1), "KRW", "fee", v)).isNull();
        assertThat(failureOf(v).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("fee.amount");
            assertThat(e.reason()).contains(String.valueOf(Money.MAX_AMOUNT));
        });
    }

    @Test
    void parseAcceptsWholeAmountsWrittenWithAScale() {
        Validation v = new Validation();
        assertThat(Money.parse(new BigDecimal("1500.000"), "KRW", "price", v)).isEqualTo(Money.won(1_500));
        assertThat(Money.parse(new BigDecimal("1.5E+3"), "KRW", "price", v)).isEqualTo(Money.won(1_500));
        assertThat(Money.parse(new BigDecimal("0.00"), "KRW", "price", v)).isEqualTo(Money.won(0));
        v.throwIfInvalid();
    }

    @Test
    void parseRejectsFractionsOfAWonAndReportsTheCurrencyToo() {
        Validation v = new Validation();
        assertThat(Money.parse(new BigDecimal("0.5"), "USD", "price", v)).isNull();
        assertThat(failureOf(v).errors()).containsExactly(
                new FieldError("price.amount", "must be a whole number of won"),
                new FieldError("price.currency", "must be KRW"));
    }

    @Test
    void parseRejectsAmountsFarBeyondALong() {
        Validation v = new Validation();
        assertThat(Money.parse(new BigDecimal("1e30"), null, "price", v)).isNull();
        assertThat(Money.parse(new BigDecimal("-1e30"), null, "fee", v)).isNull();
        assertThat(failureOf(v).errors()).extracting(FieldError::field).containsExactly("price.amount", "fee.amount");
    }
}

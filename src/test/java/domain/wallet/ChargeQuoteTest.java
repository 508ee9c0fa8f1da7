package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.shared.Money;
import domain.subscription.Subscription;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a charge comes to, by example: the rounding, the edges, and the figures the ledger books. */
class ChargeQuoteTest {
    private static final Commission TEN_PERCENT = new Commission(1_000);

    @Test
    void theCommissionIsRoundedDownToWholeWonSoTheShopNeverGetsLessThanItsShare() {
        ChargeQuote quote = ChargeQuote.of(10_001, 1, TEN_PERCENT, 20_000, null);
        assertThat(quote.amount()).isEqualTo(10_001);
        assertThat(quote.commission()).isEqualTo(1_000); // 1,000.1
        assertThat(quote.shopShare()).isEqualTo(9_001);
        assertThat(ChargeQuote.of(9_999, 1, new Commission(1_250), 0, null).commission()).isEqualTo(1_249); // 1,249.875
        assertThat(ChargeQuote.of(1, 1, new Commission(9_999), 0, null).commission()).isZero();
        assertThat(ChargeQuote.of(1, 1, new Commission(Commission.WHOLE), 0, null).commission()).isEqualTo(1);
    }

    @Test
    void theCommissionIsTakenOnTheWholeAmountNotOnEachOne() {
        ChargeQuote quote = ChargeQuote.of(5, 3, TEN_PERCENT, 15, null);
        assertThat(quote.amount()).isEqualTo(15);
        assertThat(quote.commission()).as("1.5 rounded down, where 0.5 on each would be 0").isEqualTo(1);
    }

    @Test
    void aFreeChargeTakesNothingAndNeedsNoTopUp() {
        ChargeQuote quote = ChargeQuote.of(0, 7, new Commission(Commission.WHOLE), 0, 10_000L);
        assertThat(quote).isEqualTo(new ChargeQuote(0, 0, 0, true));
        assertThat(quote.isFree()).isTrue();
        assertThat(quote.shopShare()).isZero();
    }

    @Test
    void aBalanceOfExactlyTheAmountCoversItAndOneWonLessCallsForOneWholeTopUp() {
        assertThat(ChargeQuote.of(3_000, 2, TEN_PERCENT, 6_000, 10_000L)).isEqualTo(new ChargeQuote(6_000, 600, 0, true));
        assertThat(ChargeQuote.of(3_000, 2, TEN_PERCENT, 5_999, 10_000L)).isEqualTo(new ChargeQuote(6_000, 600, 10_000, false));
    }

    @Test
    void anAutoTopUpBringsWholeMultiplesOfTheChosenAmount() {
        assertThat(ChargeQuote.of(3_001, 1, TEN_PERCENT, 3_000, 10_000L).autoTopUp()).isEqualTo(10_000);
        assertThat(ChargeQuote.of(23_000, 1, TEN_PERCENT, 3_000, 10_000L).autoTopUp()).as("a shortfall of two exactly").isEqualTo(20_000);
        assertThat(ChargeQuote.of(23_001, 1, TEN_PERCENT, 3_000, 10_000L).autoTopUp()).isEqualTo(30_000);
    }

    @Test
    void withAutoTopUpOffAShortWalletIsSimplyNotCovered() {
        assertThat(ChargeQuote.of(5_000, 1, TEN_PERCENT, 4_999, null)).isEqualTo(new ChargeQuote(5_000, 500, 0, false));
    }

    @Test
    void theLargestChargeThereCanBeIsExact() {
        long largest = Money.MAX_AMOUNT * Subscription.MAX_QUANTITY;
        ChargeQuote quote = ChargeQuote.of(Money.MAX_AMOUNT, Subscription.MAX_QUANTITY, new Commission(Commission.WHOLE), 0, Money.MAX_AMOUNT);
        assertThat(quote.amount()).isEqualTo(largest);
        assertThat(quote.commission()).isEqualTo(largest);
        assertThat(quote.shopShare()).isZero();
        assertThat(quote.autoTopUp()).as("99 top-ups of the most there can be").isEqualTo(largest);
        assertThat(ChargeQuote.of(Money.MAX_AMOUNT, Subscription.MAX_QUANTITY, new Commission(9_999), 0, null).commission())
                .isEqualTo(largest / Commission.WHOLE * 9_999);
    }

    /** Beyond anything a plan, a quantity or a wallet allows: an error, never a wrapped-around amount. */
    @Test
    void pastTheLongRangeItThrowsInsteadOfWrapping() {
        assertThatThrownBy(() -> ChargeQuote.amountOf(Long.MAX_VALUE / 2 + 1, 2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ChargeQuote.of(Long.MAX_VALUE / 5_000, 1, new Commission(5_001), 0, null))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> ChargeQuote.autoTopUpFor(Long.MAX_VALUE, 0, 3L)).isInstanceOf(ArithmeticException.class);
        assertThat(ChargeQuote.autoTopUpFor(Long.MAX_VALUE, 0, 1L)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aNegativePriceOrBalanceNoQuantityOrANothingTopUpIsABug() {
        assertThatThrownBy(() -> ChargeQuote.of(-1, 1, TEN_PERCENT, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargeQuote.of(1, 0, TEN_PERCENT, 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargeQuote.of(1, 1, TEN_PERCENT, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChargeQuote.of(1, 1, TEN_PERCENT, 0, 0L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaymentBooksItsQuoteAndNoOther() {
        ChargeQuote quote = ChargeQuote.of(10_001, 1, TEN_PERCENT, 10_001, null);
        Payment payment = Payment.of("amy", ShopId.random(), quote.amount(), TEN_PERCENT, null, null, null, Instant.EPOCH);
        JournalEntry entry = Bookings.payment(payment, quote);
        assertThat(entry.amountOn(Account.walletOf("amy"))).isEqualTo(-10_001);
        assertThat(entry.amountOn(Account.payableTo(payment.shopId()))).isEqualTo(9_001);
        assertThat(entry.amountOn(Account.PLATFORM_REVENUE)).isEqualTo(1_000);
        assertThatThrownBy(() -> Bookings.payment(payment, ChargeQuote.of(10_000, 1, TEN_PERCENT, 10_001, null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaymentWithoutCommissionOrWithNothingForTheShopBooksNoEmptyLine() {
        Payment all = Payment.of("amy", ShopId.random(), 7, new Commission(Commission.WHOLE), null, null, null, Instant.EPOCH);
        assertThat(Bookings.payment(all, ChargeQuote.of(7, 1, all.commission(), 7, null)).lines()).hasSize(2);
        Payment none = Payment.of("amy", ShopId.random(), 7, new Commission(0), UUID.randomUUID(), UUID.randomUUID(), null, Instant.EPOCH);
        assertThat(Bookings.payment(none, ChargeQuote.of(7, 1, none.commission(), 7, null)).lines()).hasSize(2);
    }
}

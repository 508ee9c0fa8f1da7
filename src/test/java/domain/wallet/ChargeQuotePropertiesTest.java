package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import domain.catalog.ShopId;
import domain.shared.Money;
import domain.subscription.Subscription;
import java.math.BigInteger;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Any charge a plan, a quantity, a rate and a wallet allow, held to the rules worked out again in exact arithmetic. */
class ChargeQuotePropertiesTest {

    @Property(tries = 2_000)
    void aQuoteFollowsTheRules(@ForAll("prices") long price, @ForAll @IntRange(min = 1, max = Subscription.MAX_QUANTITY) int quantity,
                               @ForAll @IntRange(min = 0, max = Commission.WHOLE) int basisPoints,
                               @ForAll @LongRange(min = 0, max = Wallet.MAX_BALANCE) long balance,
                               @ForAll("autoTopUps") Long autoTopUpAmount) {
        ChargeQuote quote = ChargeQuote.of(price, quantity, new Commission(basisPoints), balance, autoTopUpAmount);

        BigInteger amount = BigInteger.valueOf(price).multiply(BigInteger.valueOf(quantity));
        assertThat(quote.amount()).isEqualTo(amount.longValueExact());
        BigInteger[] share = amount.multiply(BigInteger.valueOf(basisPoints)).divideAndRemainder(BigInteger.valueOf(Commission.WHOLE));
        assertThat(quote.commission()).as("rounded down").isEqualTo(share[0].longValueExact());
        assertThat(quote.shopShare() + quote.commission()).isEqualTo(quote.amount());
        assertThat(quote.covered()).isEqualTo(balance >= quote.amount());

        long shortfall = quote.amount() - balance;
        if (autoTopUpAmount == null || shortfall <= 0) {
            assertThat(quote.autoTopUp()).isZero();
        } else {
            assertThat(quote.autoTopUp() % autoTopUpAmount).as("whole multiples").isZero();
            assertThat(quote.autoTopUp()).as("enough, by less than one more").isBetween(shortfall, shortfall + autoTopUpAmount - 1);
        }
        assertThat(ChargeQuote.autoTopUpFor(quote.amount(), balance, autoTopUpAmount)).isEqualTo(quote.autoTopUp());
    }

    /** What a payment of the quote books: every won of it, split as the quote says. */
    @Property(tries = 500)
    void aPaymentBooksItsQuote(@ForAll("prices") long price, @ForAll @IntRange(min = 0, max = Commission.WHOLE) int basisPoints) {
        Commission rate = new Commission(basisPoints);
        ChargeQuote quote = ChargeQuote.of(Math.max(price, 1), 1, rate, Money.MAX_AMOUNT, null);
        Payment payment = Payment.of("amy", ShopId.random(), quote.amount(), rate, null, null, null, Instant.EPOCH);
        JournalEntry entry = Bookings.payment(payment, quote);
        assertThat(entry.amountOn(Account.walletOf("amy"))).isEqualTo(-quote.amount());
        assertThat(entry.amountOn(Account.payableTo(payment.shopId()))).isEqualTo(quote.shopShare());
        assertThat(entry.amountOn(Account.PLATFORM_REVENUE)).isEqualTo(quote.commission());
    }

    /** Any price, with the edges and the small prices where rounding shows most drawn more often. */
    @Provide
    Arbitrary<Long> prices() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0L, 1L, 9_999L, 10_000L, 10_001L, Money.MAX_AMOUNT - 1, Money.MAX_AMOUNT)),
                Tuple.of(2, Arbitraries.longs().between(0, 100_000)),
                Tuple.of(2, Arbitraries.longs().between(0, Money.MAX_AMOUNT)));
    }

    @Provide
    Arbitrary<Long> autoTopUps() {
        return Arbitraries.longs().between(1, Money.MAX_AMOUNT).injectNull(0.3);
    }
}

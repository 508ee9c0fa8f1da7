package domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ShopId;
import domain.shared.InvalidInputException;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentTest {
    private final Payment payment = Payment.of("amy", new ShopId(UUID.randomUUID()), 10_001, new Commission(1_000), null, null, null,
            Instant.parse("2026-11-25T00:00:00Z"));

    @Test
    void refundsInPartsGiveBackExactlyTheWholeCommission() {
        Payment p = payment;
        long commissionBack = 0;
        for (long part : new long[] {3_333, 3_333, 3_335}) {
            Refund refund = p.refund(part, null, Instant.EPOCH);
            commissionBack += refund.commissionBack();
            p = p.withRefund(refund);
        }
        assertThat(p.refundable()).isZero();
        assertThat(commissionBack).isEqualTo(ChargeQuote.of(payment.amount(), 1, payment.commission(), 0, null).commission());
    }

    @Test
    void aRefundCannotPassWhatIsLeft() {
        Payment half = payment.withRefund(payment.refund(5_000, null, Instant.EPOCH));
        assertThatThrownBy(() -> half.refund(5_002, null, Instant.EPOCH)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5001 KRW still refundable");
        assertThatThrownBy(() -> half.refund(0, null, Instant.EPOCH)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEntryThatDoesNotBalanceCannotExist() {
        assertThatThrownBy(() -> new JournalEntry(UUID.randomUUID(), EntryKind.PAYMENT, UUID.randomUUID(), Instant.EPOCH,
                java.util.List.of(new Line(Account.walletOf("amy"), -5), new Line(Account.PLATFORM_REVENUE, 4))))
                .hasMessageContaining("does not balance");
    }
}

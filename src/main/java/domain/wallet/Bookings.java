package domain.wallet;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The journal entry each kind of movement books. */
public final class Bookings {
    private Bookings() { }

    /** Money in from the gateway: the wallet gains it, funding clearing gives it. */
    public static JournalEntry topUp(TopUp topUp) {
        return new JournalEntry(UUID.randomUUID(), EntryKind.TOP_UP, topUp.id(), topUp.settledAt(), List.of(
                new Line(Account.walletOf(topUp.userId()), topUp.amount()),
                new Line(Account.FUNDING_CLEARING, -topUp.amount())));
    }

    /** The wallet pays the amount its quote came to; the shop is owed its share, and the commission is gudok's revenue. */
    public static JournalEntry payment(Payment payment, ChargeQuote quote) {
        if (quote.amount() != payment.amount()) throw new IllegalArgumentException("a payment books the quote it was made from");
        List<Line> lines = new ArrayList<>(3);
        lines.add(new Line(Account.walletOf(payment.userId()), -quote.amount()));
        if (quote.shopShare() > 0) lines.add(new Line(Account.payableTo(payment.shopId()), quote.shopShare()));
        if (quote.commission() > 0) lines.add(new Line(Account.PLATFORM_REVENUE, quote.commission()));
        return new JournalEntry(UUID.randomUUID(), EntryKind.PAYMENT, payment.id(), payment.paidAt(), lines);
    }

    /** The payment's movement undone in part: back to the wallet, out of the shop's payable and gudok's revenue. */
    public static JournalEntry refund(Refund refund) {
        List<Line> lines = new ArrayList<>(3);
        lines.add(new Line(Account.walletOf(refund.userId()), refund.amount()));
        if (refund.amount() > refund.commissionBack()) {
            lines.add(new Line(Account.payableTo(refund.shopId()), -(refund.amount() - refund.commissionBack())));
        }
        if (refund.commissionBack() > 0) lines.add(new Line(Account.PLATFORM_REVENUE, -refund.commissionBack()));
        return new JournalEntry(UUID.randomUUID(), EntryKind.REFUND, refund.id(), refund.refundedAt(), lines);
    }

    /** Money back to its source: the wallet gives it, funding clearing takes it back. */
    public static JournalEntry topUpRefund(TopUpRefund refund) {
        return new JournalEntry(UUID.randomUUID(), EntryKind.TOP_UP_REFUND, refund.id(), refund.requestedAt(), List.of(
                new Line(Account.walletOf(refund.userId()), -refund.amount()),
                new Line(Account.FUNDING_CLEARING, refund.amount())));
    }

    /** The gateway declined the refund: the money returns to the wallet (a new entry; the first stays). */
    public static JournalEntry topUpRefundReversed(TopUpRefund refund) {
        return new JournalEntry(UUID.randomUUID(), EntryKind.TOP_UP_REFUND_REVERSED, refund.id(), refund.settledAt(), List.of(
                new Line(Account.walletOf(refund.userId()), refund.amount()),
                new Line(Account.FUNDING_CLEARING, -refund.amount())));
    }
}

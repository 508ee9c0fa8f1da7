package adapters.rest;

import domain.shared.Money;
import domain.shared.Validation;
import domain.wallet.FundingKind;
import domain.wallet.FundingSource;
import domain.wallet.Payment;
import domain.wallet.Refund;
import domain.wallet.TopUp;
import domain.wallet.Wallet;
import domain.wallet.WalletMovement;
import java.time.Instant;
import java.util.UUID;

/** Request and response bodies of the wallet API. */
public final class WalletJson {
    private WalletJson() { }

    public record LinkSource(FundingKind kind, String number) { }

    public record TopUpRequest(UUID fundingSourceId, Requests.MoneyJson amount) { }

    public record PayRequest(UUID shopId, Requests.MoneyJson amount, String reference) { }

    public record RefundRequest(Requests.MoneyJson amount, String reason) { }

    public record AutoTopUpRequest(Requests.MoneyJson amount) { }

    public record CommissionRequest(Integer basisPoints) { }

    /** A required amount of won, checked exactly: fractions, other currencies and overflow are refused by field. */
    static long amount(Requests.MoneyJson money) {
        Validation validation = new Validation();
        Money parsed = null;
        if (validation.present(money, "amount")) parsed = Money.parse(money.amount(), money.currency(), "amount", validation);
        validation.throwIfInvalid();
        return parsed.amount();
    }

    public record WalletView(Money balance, Money autoTopUp) {
        static WalletView of(Wallet wallet) {
            return new WalletView(Money.won(wallet.balance()), wallet.autoTopUp() == null ? null : Money.won(wallet.autoTopUp()));
        }
    }

    public record SourceView(UUID id, FundingKind kind, String last4, boolean isDefault, Instant addedAt) {
        static SourceView of(FundingSource source) {
            return new SourceView(source.id(), source.kind(), source.last4(), source.isDefault(), source.addedAt());
        }
    }

    public record TopUpView(UUID id, UUID fundingSourceId, Money amount, String status, String declineReason,
                            boolean automatic, Money refunded, Instant requestedAt, Instant settledAt) {
        static TopUpView of(TopUp topUp) {
            return new TopUpView(topUp.id(), topUp.sourceId(), Money.won(topUp.amount()), topUp.status().name(),
                    topUp.declineReason(), topUp.automatic(), Money.won(topUp.refunded()), topUp.requestedAt(), topUp.settledAt());
        }
    }

    public record TopUpRefundView(UUID id, UUID topUpId, Money amount, String status, String declineReason,
                                  Instant requestedAt, Instant settledAt) {
        static TopUpRefundView of(domain.wallet.TopUpRefund refund) {
            return new TopUpRefundView(refund.id(), refund.topUpId(), Money.won(refund.amount()), refund.status().name(),
                    refund.declineReason(), refund.requestedAt(), refund.settledAt());
        }
    }

    public record PaymentView(UUID id, UUID shopId, Money amount, Money refunded, UUID deliveryId, String reference, Instant paidAt) {
        static PaymentView of(Payment payment) {
            return new PaymentView(payment.id(), payment.shopId().value(), Money.won(payment.amount()), Money.won(payment.refunded()),
                    payment.deliveryId(), payment.reference(), payment.paidAt());
        }
    }

    public record RefundView(UUID id, UUID paymentId, Money amount, Money commissionBack, String reason, Instant refundedAt) {
        static RefundView of(Refund refund) {
            return new RefundView(refund.id(), refund.paymentId(), Money.won(refund.amount()), Money.won(refund.commissionBack()),
                    refund.reason(), refund.refundedAt());
        }
    }

    /** {@code amount} is signed: positive came into the wallet, negative went out. */
    public record MovementView(UUID entryId, String kind, UUID reference, long amount, String currency, Instant bookedAt) {
        static MovementView of(WalletMovement movement) {
            return new MovementView(movement.entryId(), movement.kind().name(), movement.reference(), movement.amount(),
                    Money.KRW, movement.bookedAt());
        }
    }

    public record PayableView(UUID shopId, Money payable) { }

    public record StatementView(UUID shopId, java.time.LocalDate from, java.time.LocalDate to, long payments, long paidDeliveries,
                                Money paid, long refunds, Money refunded, SignedAmount commission, SignedAmount net) {
        static StatementView of(domain.wallet.SettlementStatement s) {
            return new StatementView(s.shop().value(), s.from(), s.to(), s.payments(), s.paidDeliveries(), Money.won(s.paid()),
                    s.refunds(), Money.won(s.refunded()), new SignedAmount(s.commission(), Money.KRW), new SignedAmount(s.net(), Money.KRW));
        }
    }

    /** An amount that may be negative: a period whose refunds outweigh its payments. */
    public record SignedAmount(long amount, String currency) { }
}

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the wallet API. */
public final class WalletJson {
    private WalletJson() { }

    public record LinkSource(@Schema(required = true) FundingKind kind,
                             @Schema(required = true, pattern = "^[0-9]{8,19}$", description = "Card or account number, digits only") String number) { }

    public record TopUpRequest(@Schema(required = true) UUID fundingSourceId, @Schema(required = true) Requests.MoneyJson amount) { }

    public record PayRequest(@Schema(required = true) UUID shopId, @Schema(required = true) Requests.MoneyJson amount,
                             @Schema(maxLength = 200) String reference) { }

    public record RefundRequest(@Schema(required = true) Requests.MoneyJson amount, @Schema(maxLength = 200) String reason) { }

    public record AutoTopUpRequest(@Schema(required = true) Requests.MoneyJson amount) { }

    public record CommissionRequest(@Schema(required = true, minimum = "0", maximum = "10000", description = "1000 = 10 %") Integer basisPoints) { }

    /** A required amount of won, checked exactly: fractions, other currencies and overflow are refused by field. */
    static long amount(Requests.MoneyJson money) {
        Validation validation = new Validation();
        Money parsed = null;
        if (validation.present(money, "amount")) parsed = Money.parse(money.amount(), money.currencyCode(), "amount", validation);
        validation.throwIfInvalid();
        return parsed.amount();
    }

    public record WalletView(Amount balance, Amount autoTopUp) {
        static WalletView of(Wallet wallet) {
            return new WalletView(Amount.of(wallet.balance()), wallet.autoTopUp() == null ? null : Amount.of(wallet.autoTopUp()));
        }
    }

    public record SourceView(UUID id, FundingKind kind, String last4, boolean isDefault, Instant addedAt,
                             @Schema(nullable = true, description = "Set once the source is unlinked: it takes no new top-up")
                             Instant unlinkedAt) {
        static SourceView of(FundingSource source) {
            return new SourceView(source.id(), source.kind(), source.last4(), source.isDefault(), source.addedAt(),
                    source.unlinkedAt());
        }
    }

    public record TopUpView(UUID id, UUID fundingSourceId, Amount amount, String status, String declineReason,
                            boolean automatic, Amount refunded, Instant requestedAt, Instant settledAt) {
        static TopUpView of(TopUp topUp) {
            return new TopUpView(topUp.id(), topUp.sourceId(), Amount.of(topUp.amount()), topUp.status().name(),
                    topUp.declineReason(), topUp.automatic(), Amount.of(topUp.refunded()), topUp.requestedAt(), topUp.settledAt());
        }
    }

    public record TopUpRefundView(UUID id, UUID topUpId, Amount amount, String status, String declineReason,
                                  Instant requestedAt, Instant settledAt) {
        static TopUpRefundView of(domain.wallet.TopUpRefund refund) {
            return new TopUpRefundView(refund.id(), refund.topUpId(), Amount.of(refund.amount()), refund.status().name(),
                    refund.declineReason(), refund.requestedAt(), refund.settledAt());
        }
    }

    public record PaymentView(UUID id, UUID shopId, Amount amount, Amount refunded, UUID deliveryId, String reference, Instant paidAt) {
        static PaymentView of(Payment payment) {
            return new PaymentView(payment.id(), payment.shopId().value(), Amount.of(payment.amount()), Amount.of(payment.refunded()),
                    payment.deliveryId(), payment.reference(), payment.paidAt());
        }
    }

    public record RefundView(UUID id, UUID paymentId, Amount amount, Amount commissionBack, String reason, Instant refundedAt) {
        static RefundView of(Refund refund) {
            return new RefundView(refund.id(), refund.paymentId(), Amount.of(refund.amount()), Amount.of(refund.commissionBack()),
                    refund.reason(), refund.refundedAt());
        }
    }

    /** {@code amount} is signed: positive came into the wallet, negative went out. */
    public record MovementView(UUID entryId, String kind, UUID reference, Amount amount, Instant bookedAt) {
        static MovementView of(WalletMovement movement) {
            return new MovementView(movement.entryId(), movement.kind().name(), movement.reference(), Amount.of(movement.amount()),
                    movement.bookedAt());
        }
    }

    public record PayableView(UUID shopId, Amount payable) { }

    public record StatementView(UUID shopId, java.time.LocalDate from, java.time.LocalDate to, long payments, long paidDeliveries,
                                Amount paid, long refunds, Amount refunded, Amount commission, Amount net) {
        static StatementView of(domain.wallet.SettlementStatement s) {
            return new StatementView(s.shop().value(), s.from(), s.to(), s.payments(), s.paidDeliveries(), Amount.of(s.paid()),
                    s.refunds(), Amount.of(s.refunded()), Amount.of(s.commission()), Amount.of(s.net()));
        }
    }

    /**
     * An amount of won as the API shows it ({"amount", "currency"}, like Money). Unlike Money it may be
     * negative (a period whose refunds outweigh its payments) or beyond one price's limit (a sum).
     */
    public record Amount(long amount, String currency) {
        static Amount of(long amount) {
            return new Amount(amount, Money.KRW);
        }
    }
}

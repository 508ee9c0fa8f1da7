package adapters.representation;

import domain.shared.Money;
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

/** The wallet's public representations: what the wallet API answers and what wallet events carry. */
public final class WalletViews {
    private WalletViews() { }

    public record WalletView(Amount balance, Amount autoTopUp) {
        public static WalletView of(Wallet wallet) {
            return new WalletView(Amount.of(wallet.balance()), wallet.autoTopUp() == null ? null : Amount.of(wallet.autoTopUp()));
        }
    }

    public record SourceView(UUID id, FundingKind kind, String last4, boolean isDefault, Instant addedAt,
                             @Schema(nullable = true, description = "Set once the source is unlinked: it takes no new top-up")
                             Instant unlinkedAt) {
        public static SourceView of(FundingSource source) {
            return new SourceView(source.id(), source.kind(), source.last4(), source.isDefault(), source.addedAt(),
                    source.unlinkedAt());
        }
    }

    public record TopUpView(UUID id, UUID fundingSourceId, Amount amount, String status, String declineReason,
                            boolean automatic, Amount refunded, Instant requestedAt, Instant settledAt) {
        public static TopUpView of(TopUp topUp) {
            return new TopUpView(topUp.id(), topUp.sourceId(), Amount.of(topUp.amount()), topUp.status().name(),
                    topUp.declineReason(), topUp.automatic(), Amount.of(topUp.refunded()), topUp.requestedAt(), topUp.settledAt());
        }
    }

    public record TopUpRefundView(UUID id, UUID topUpId, Amount amount, String status, String declineReason,
                                  Instant requestedAt, Instant settledAt) {
        public static TopUpRefundView of(domain.wallet.TopUpRefund refund) {
            return new TopUpRefundView(refund.id(), refund.topUpId(), Amount.of(refund.amount()), refund.status().name(),
                    refund.declineReason(), refund.requestedAt(), refund.settledAt());
        }
    }

    public record PaymentView(UUID id, UUID shopId, Amount amount, Amount refunded,
                              @Schema(nullable = true, description = "The subscription it paid for (a delivery, a rental's month, an "
                                      + "early-termination fee); absent for a payment the subscriber made directly")
                              UUID subscriptionId,
                              UUID deliveryId, String reference, Instant paidAt) {
        public static PaymentView of(Payment payment) {
            return new PaymentView(payment.id(), payment.shopId().value(), Amount.of(payment.amount()), Amount.of(payment.refunded()),
                    payment.subscriptionId(), payment.deliveryId(), payment.reference(), payment.paidAt());
        }
    }

    public record RefundView(UUID id, UUID paymentId, @Schema(description = "The shop the payment went to, which gives the money back") UUID shopId,
                             @Schema(nullable = true, description = "The subscription its payment paid for; absent when the "
                                     + "payment was made directly")
                             UUID subscriptionId,
                             Amount amount, Amount commissionBack, String reason, Instant refundedAt) {
        public static RefundView of(Refund refund) {
            return new RefundView(refund.id(), refund.paymentId(), refund.shopId().value(), refund.subscriptionId(), Amount.of(refund.amount()),
                    Amount.of(refund.commissionBack()), refund.reason(), refund.refundedAt());
        }
    }

    /** {@code amount} is signed: positive came into the wallet, negative went out. */
    public record MovementView(UUID entryId, String kind, UUID reference, Amount amount, Instant bookedAt) {
        public static MovementView of(WalletMovement movement) {
            return new MovementView(movement.entryId(), movement.kind().name(), movement.reference(), Amount.of(movement.amount()),
                    movement.bookedAt());
        }
    }

    public record PayableView(UUID shopId, Amount payable) { }

    public record StatementView(UUID shopId, java.time.LocalDate from, java.time.LocalDate to, long payments, long paidDeliveries,
                                Amount paid, long refunds, Amount refunded, Amount commission, Amount net) {
        public static StatementView of(domain.wallet.SettlementStatement s) {
            return new StatementView(s.shop().value(), s.from(), s.to(), s.payments(), s.paidDeliveries(), Amount.of(s.paid()),
                    s.refunds(), Amount.of(s.refunded()), Amount.of(s.commission()), Amount.of(s.net()));
        }
    }

    /**
     * An amount of won as the API shows it ({"amount", "currency"}, like Money). Unlike Money it may be
     * negative (a period whose refunds outweigh its payments) or beyond one price's limit (a sum).
     */
    public record Amount(long amount, String currency) {
        public static Amount of(long amount) {
            return new Amount(amount, Money.KRW);
        }
    }
}

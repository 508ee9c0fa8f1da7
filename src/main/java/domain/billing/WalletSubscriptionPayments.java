package domain.billing;

import domain.subscription.Subscription;
import domain.subscription.SubscriptionPayments;
import domain.wallet.Charge;
import domain.wallet.InsufficientFundsException;
import domain.wallet.Payment;
import domain.wallet.PaymentService;
import domain.wallet.Payments;
import java.util.UUID;

/** The money side of cancelling a subscription, on the wallet. */
public final class WalletSubscriptionPayments implements SubscriptionPayments {
    private final PaymentService paymentService;
    private final Payments payments;

    public WalletSubscriptionPayments(PaymentService paymentService, Payments payments) {
        this.paymentService = paymentService;
        this.payments = payments;
    }

    @Override
    public void prepareEarlyTermination(Subscription subscription, long fee) {
        paymentService.topUpFor(subscription.userId(), fee);
    }

    @Override
    public void chargeEarlyTermination(Subscription subscription, long fee) {
        Charge charge = paymentService.chargeFromBalance(subscription.userId(), subscription.shopId(), fee, subscription.id(), null,
                "early termination of subscription " + subscription.id(), null);
        if (charge instanceof Charge.Refused refused) {
            throw new InsufficientFundsException(refused.balance(), fee,
                    "the early-termination fee must be paid to cancel inside the commitment; top up and try again");
        }
    }

    @Override
    public boolean refundDelivery(UUID deliveryId) {
        Payment payment = payments.ofDelivery(deliveryId).flatMap(p -> payments.lock(p.id()))
                .orElseThrow(() -> new IllegalStateException("paid delivery " + deliveryId + " has no payment"));
        if (payment.refundable() == 0) return false;
        paymentService.refund(payment, payment.refundable(), "delivery cancelled before dispatch");
        return true;
    }
}

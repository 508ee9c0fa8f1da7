package domain.wallet;

import domain.catalog.ShopId;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.Validation;
import domain.wallet.WalletEvent.PaymentSucceeded;
import domain.wallet.WalletEvent.RefundCreated;
import java.util.UUID;

/**
 * Moves money out of wallets. Every charge locks the wallet first, so concurrent charges to one wallet
 * queue up and each sees the balance the one before left; the ledger's constraint backs this up. Each payment and
 * refund is recorded as an event here, whoever asked for it (billing batches record their own: see BillingService).
 */
public final class PaymentService implements PayUseCase, RefundUseCase {
    private static final int MAX_TEXT = 200;

    private final Ledger ledger;
    private final Payments payments;
    private final Commissions commissions;
    private final TopUpService topUps;
    private final BusinessCalendar calendar;
    private final EventLog events;

    public PaymentService(Ledger ledger, Payments payments, Commissions commissions, TopUpService topUps, BusinessCalendar calendar,
                          EventLog events) {
        this.events = events;
        this.ledger = ledger;
        this.payments = payments;
        this.commissions = commissions;
        this.topUps = topUps;
        this.calendar = calendar;
    }

    @Override
    public Payment pay(String userId, ShopId shop, long amount, String reference) {
        new Validation().optionalText(reference, "reference", MAX_TEXT).throwIfInvalid();
        Money.requireTransferable(amount);
        Charge charge = charge(userId, shop, amount, null, null, reference);
        if (charge instanceof Charge.Refused refused) throw new InsufficientFundsException(refused.balance(), amount, refused.autoTopUpFailure());
        return ((Charge.Paid) charge).payment();
    }

    /**
     * Charges the wallet, topping it up first if its owner opted in; a refusal changes nothing. The caller holds
     * no row lock: the top-up asks the gateway (see {@link TopUpService#topUpFor}). {@code subscriptionId} is the
     * subscription it pays for, {@code deliveryId} the delivery (either may be null).
     */
    public Charge charge(String userId, ShopId shop, long amount, UUID subscriptionId, UUID deliveryId, String reference) {
        String topUpFailure = topUps.topUpFor(userId, amount);
        return chargeFromBalance(userId, shop, amount, subscriptionId, deliveryId, reference, topUpFailure);
    }

    /**
     * Charges what the wallet holds, asking no gateway: for a caller that has topped the wallet up (or chosen not
     * to) before it locked what it holds. {@code topUpFailure} is why a top-up brought nothing, for the refusal.
     */
    public Charge chargeFromBalance(String userId, ShopId shop, long amount, UUID subscriptionId, UUID deliveryId, String reference,
                                    String topUpFailure) {
        Commission commission = commissions.of(shop).orElseThrow(() -> new NotFoundException("shop", shop.value()));
        Wallet wallet = ledger.lockWallet(userId);
        ChargeQuote quote = ChargeQuote.of(amount, 1, commission, wallet.balance(), wallet.autoTopUp());
        if (!quote.covered()) return new Charge.Refused(wallet.balance(), topUpFailure);
        Payment payment = Payment.of(userId, shop, quote.amount(), commission, subscriptionId, deliveryId, reference, calendar.now());
        payments.add(payment);
        ledger.post(Bookings.payment(payment, quote));
        events.record(new PaymentSucceeded(payment, calendar.now()));
        return new Charge.Paid(payment);
    }

    /** Tops the wallet up for a charge to come, if its owner opted in; answers why nothing came in, or null. */
    public String topUpFor(String userId, long amount) {
        return topUps.topUpFor(userId, amount);
    }

    @Override
    public Payment paymentOf(String userId, UUID paymentId) {
        return payments.byId(paymentId).filter(p -> p.userId().equals(userId))
                .orElseThrow(() -> new NotFoundException("payment", paymentId));
    }

    @Override
    public domain.shared.Page<Payment> payments(String userId, domain.shared.PageRequest page) {
        return payments.ofUser(userId, page);
    }

    @Override
    public Refund refundOf(ShopId shop, UUID paymentId, UUID refundId) {
        return payments.refundOf(paymentId, refundId).filter(r -> r.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("refund", refundId));
    }

    @Override
    public Refund refund(ShopId shop, UUID paymentId, long amount, String reason) {
        new Validation().optionalText(reason, "reason", MAX_TEXT).throwIfInvalid();
        Money.requireTransferable(amount);
        Payment payment = payments.lock(paymentId).filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("payment", paymentId));
        return refund(payment, amount, reason);
    }

    @Override
    public Refund refundDelivery(ShopId shop, UUID deliveryId, long amount, String reason) {
        UUID payment = payments.ofDelivery(deliveryId).filter(p -> p.shopId().equals(shop)).map(Payment::id)
                .orElseThrow(() -> new NotFoundException("paid delivery", deliveryId));
        return refund(shop, payment, amount, reason);
    }

    /** Gives back part of a payment already locked by the caller. */
    public Refund refund(Payment payment, long amount, String reason) {
        Refund refund = payment.refund(amount, reason, calendar.now());
        payments.addRefund(refund, payment.withRefund(refund));
        ledger.post(Bookings.refund(refund));
        events.record(new RefundCreated(refund, calendar.now()));
        return refund;
    }
}

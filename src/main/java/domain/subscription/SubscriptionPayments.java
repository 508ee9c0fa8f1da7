package domain.subscription;

import java.util.UUID;

/** Outbound port: the money side of cancelling, provided by billing on the wallet. */
public interface SubscriptionPayments {
    /**
     * Makes ready to charge a rental's early-termination fee: tops the wallet up if its owner opted in. Called
     * before anything is locked, since it may ask the payment gateway.
     */
    void prepareEarlyTermination(Subscription subscription, long fee);

    /** Charges a rental's early-termination fee; fails with the wallet's refusal when it cannot be paid. */
    void chargeEarlyTermination(Subscription subscription, long fee);

    /**
     * Gives back in full what a delivery was paid, when it is cancelled before it goes to the shop; answers whether
     * anything was left to give back (a shop may have refunded it all already).
     */
    boolean refundDelivery(UUID deliveryId);
}

package domain.account;

import domain.delivery.DeliveryAddress;

/**
 * Outbound port: the personal data the platform keeps about a user, and what of it is still in use.
 * Payment records are not personal data in this sense: they name the user only by the pseudonymous user id,
 * and are kept for the legal period (see {@link AccountClosure}).
 */
public interface PersonalData {
    /** What an erased delivery address reads: it passes for an address nowhere (no such postal code, no phone). */
    DeliveryAddress ERASED_ADDRESS = new DeliveryAddress("(erased)", "000-0000-0000", "(erased)", null, "00000");

    /**
     * How many of the user's deliveries a shop still has to hand over or ship (paid, dispatched, shipped):
     * the address is still needed for them.
     */
    int deliveriesOnTheirWay(String userId);

    /** How many of the user's top-ups and top-up refunds the gateway has not settled yet: they would still move money. */
    int moneyStillSettling(String userId);

    /**
     * Erases what identifies the user as a person: the delivery addresses of their subscriptions and deliveries
     * become {@link #ERASED_ADDRESS}; their funding sources are unlinked and lose their last digits; auto top-up
     * is turned off.
     */
    void eraseOf(String userId);
}

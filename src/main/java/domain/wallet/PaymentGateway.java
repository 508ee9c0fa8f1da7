package domain.wallet;

import java.util.Optional;

/**
 * Outbound port to a card and bank payment gateway. Every request carries a key of ours: the gateway
 * answers a repeated key with the first outcome instead of acting twice, and can be asked what became
 * of a request whose answer was lost ({@link #outcome}). A lost answer shows as {@link GatewayTimeoutException}.
 */
public interface PaymentGateway {

    /** Exchanges a card or account number for the gateway's token; refuses numbers it cannot charge. */
    RegisteredSource register(FundingKind kind, String number);

    /** Reserves the amount on the source. */
    GatewayResult authorize(String requestKey, String sourceToken, long amount);

    /** Takes the money an authorisation reserved. */
    GatewayResult capture(String requestKey, String authorization, long amount);

    /** Gives back part or all of a captured amount to its source. */
    GatewayResult refund(String requestKey, String capture, long amount);

    /** The outcome of a request sent with this key, if the gateway ever received it. */
    Optional<GatewayResult> outcome(String requestKey);

    record RegisteredSource(String token, String last4) { }

    /** Approved with the gateway's reference, or declined with its reason. */
    record GatewayResult(boolean approved, String reference, String declineReason) {
        public static GatewayResult approved(String reference) {
            return new GatewayResult(true, reference, null);
        }

        public static GatewayResult declined(String reason) {
            return new GatewayResult(false, null, reason);
        }
    }

    /** The request may or may not have reached the gateway; ask {@link #outcome} before trying anything else. */
    final class GatewayTimeoutException extends RuntimeException {
        public GatewayTimeoutException(String requestKey) {
            super("the payment gateway did not answer request " + requestKey + " in time");
        }
    }
}

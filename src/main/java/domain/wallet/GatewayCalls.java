package domain.wallet;

import domain.wallet.PaymentGateway.GatewayResult;
import domain.wallet.PaymentGateway.GatewayTimeoutException;
import java.util.Optional;
import java.util.function.Supplier;

/** Sends a request to the gateway; a lost answer is looked up under the same key, never sent anew. */
final class GatewayCalls {
    private GatewayCalls() { }

    /**
     * The gateway's answer, or null when it is unknown (lost, and the gateway has no record of it yet).
     * {@code askFirst} is for a later attempt: the request may have arrived the first time.
     */
    static GatewayResult send(PaymentGateway gateway, String requestKey, boolean askFirst, Supplier<GatewayResult> request) {
        if (askFirst) {
            Optional<GatewayResult> known = gateway.outcome(requestKey);
            if (known.isPresent()) return known.get();
        }
        try {
            return request.get();
        } catch (GatewayTimeoutException lost) {
            return gateway.outcome(requestKey).orElse(null);
        }
    }
}

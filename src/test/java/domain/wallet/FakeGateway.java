package domain.wallet;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A gateway for domain tests: the number decides the outcome (approve, a decline, timeout = approved but
 * the answer lost, silent = the request never arrives). Counts what it actually did.
 */
public final class FakeGateway implements PaymentGateway {
    public static final String APPROVE = "4242424242424242";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String TIMEOUT = "4000000000000119";
    public static final String SILENT = "4000000000000000";
    private static final Map<String, String> BEHAVIOURS = Map.of(APPROVE, "approve", INSUFFICIENT_FUNDS, "insufficient_funds",
            TIMEOUT, "timeout", SILENT, "silent");

    final Map<String, String> behaviourByToken = new HashMap<>();
    final Map<String, GatewayResult> received = new HashMap<>();
    int authorizations;
    int captures;

    @Override
    public RegisteredSource register(FundingKind kind, String number) {
        String token = "tok-" + UUID.randomUUID();
        behaviourByToken.put(token, BEHAVIOURS.get(number));
        return new RegisteredSource(token, "0000");
    }

    @Override
    public GatewayResult authorize(String requestKey, String sourceToken, long amount) {
        failIfAsked();
        String behaviour = behaviourByToken.get(sourceToken);
        if (behaviour.equals("silent")) throw new GatewayTimeoutException(requestKey);
        if (!received.containsKey(requestKey)) authorizations++;
        GatewayResult result = received.computeIfAbsent(requestKey, k -> behaviour.equals("approve") || behaviour.equals("timeout")
                ? GatewayResult.approved("auth-" + UUID.randomUUID()) : GatewayResult.declined(behaviour));
        if (behaviour.equals("timeout")) throw new GatewayTimeoutException(requestKey);
        return answered(result);
    }

    @Override
    public GatewayResult capture(String requestKey, String authorization, long amount) {
        if (!received.containsKey(requestKey)) captures++;
        return received.computeIfAbsent(requestKey, k -> GatewayResult.approved("ch-" + UUID.randomUUID()));
    }

    /** Refunds are approved unless {@link #declineRefunds} is set. */
    boolean declineRefunds;
    int refunds;
    /** Runs when a refund reaches the gateway, to look at what the caller holds then. */
    Runnable onRefund = () -> { };
    /** The next call fails before it reaches the gateway, like our own records failing to write. */
    RuntimeException failNextCall;
    /** The next call reaches the gateway, which records its outcome; then the answer is lost to an error of ours. */
    RuntimeException failNextAnswer;

    @Override
    public GatewayResult refund(String requestKey, String capture, long amount) {
        failIfAsked();
        onRefund.run();
        if (!received.containsKey(requestKey)) refunds++;
        return answered(received.computeIfAbsent(requestKey, k -> declineRefunds ? GatewayResult.declined("refund_declined")
                : GatewayResult.approved("re-" + UUID.randomUUID())));
    }

    private GatewayResult answered(GatewayResult result) {
        RuntimeException failure = failNextAnswer;
        failNextAnswer = null;
        if (failure != null) throw failure;
        return result;
    }

    private void failIfAsked() {
        RuntimeException failure = failNextCall;
        failNextCall = null;
        if (failure != null) throw failure;
    }

    @Override
    public Optional<GatewayResult> outcome(String requestKey) {
        return Optional.ofNullable(received.get(requestKey));
    }
}

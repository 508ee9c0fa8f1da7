package simulation;

import domain.wallet.FundingKind;
import domain.wallet.PaymentGateway;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * A payment gateway that approves, declines, times out and loses answers at the simulation's rates. It is a
 * remote system: what it recorded stays recorded when our transaction rolls back, and each request key is
 * answered the same way every time it is asked again.
 */
final class SimGateway implements PaymentGateway {
    private final Random random;
    private final double declines;
    private final double lostAnswers;
    private final double neverArrives;
    private final Map<String, GatewayResult> received = new LinkedHashMap<>();
    private int tokens;

    SimGateway(Random random, double declines, double lostAnswers, double neverArrives) {
        this.random = random;
        this.declines = declines;
        this.lostAnswers = lostAnswers;
        this.neverArrives = neverArrives;
    }

    @Override
    public RegisteredSource register(FundingKind kind, String number) {
        return new RegisteredSource("sim-token-" + (++tokens), number.substring(number.length() - 4));
    }

    @Override
    public GatewayResult authorize(String requestKey, String sourceToken, long amount) {
        return answer(requestKey, () -> random.nextDouble() < declines
                ? GatewayResult.declined("insufficient_funds") : GatewayResult.approved("auth-" + requestKey));
    }

    @Override
    public GatewayResult capture(String requestKey, String authorization, long amount) {
        return answer(requestKey, () -> GatewayResult.approved("capture-" + requestKey));
    }

    @Override
    public GatewayResult refund(String requestKey, String capture, long amount) {
        return answer(requestKey, () -> random.nextDouble() < declines / 4
                ? GatewayResult.declined("refund_declined") : GatewayResult.approved("refund-" + requestKey));
    }

    @Override
    public Optional<GatewayResult> outcome(String requestKey) {
        return Optional.ofNullable(received.get(requestKey));
    }

    /** Every request the gateway received and what it answered, in the order received. */
    Map<String, GatewayResult> answers() {
        return java.util.Collections.unmodifiableMap(received);
    }

    private GatewayResult answer(String requestKey, java.util.function.Supplier<GatewayResult> decide) {
        GatewayResult earlier = received.get(requestKey);
        if (earlier != null) return earlier;
        if (random.nextDouble() < neverArrives) throw new GatewayTimeoutException(requestKey);
        GatewayResult result = decide.get();
        received.put(requestKey, result);
        if (random.nextDouble() < lostAnswers) throw new GatewayTimeoutException(requestKey);
        return result;
    }
}

package adapters.rabbitmq;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The exchanges and queues that hold jobs until they are due, declared by the application at start-up
 * (declaring is idempotent). All queues are quorum queues, and every dead-lettering is at-least-once, so
 * a message leaves a queue only once the next one has it.
 *
 * <pre>
 *   publish ──▶ {prefix}.delay ──(highest bit set: k)──▶ queue {prefix}.delay.k ──TTL 2^k ms──▶ exchange {prefix}.after.k
 *                  │ (no bit set)                                                               │ (next bit set below k: j)
 *                  ▼                                                                            ▼
 *             queue {prefix}.ready ◀──(no bit left)── … ◀── queue {prefix}.delay.j ◀───────────┘
 *   {prefix}.ready ── delivery limit exceeded ──▶ {prefix}.parking ──▶ {prefix}.parked (poison messages, kept for inspection)
 * </pre>
 */
final class SchedulingTopology {
    private final String prefix;
    private final int deliveryLimit;

    SchedulingTopology(String prefix, int deliveryLimit) {
        this.prefix = prefix;
        this.deliveryLimit = deliveryLimit;
    }

    String entryExchange() {
        return prefix + ".delay";
    }

    String readyQueue() {
        return prefix + ".ready";
    }

    String parkedQueue() {
        return prefix + ".parked";
    }

    String delayQueue(int tier) {
        return prefix + ".delay." + tier;
    }

    private String afterExchange(int tier) {
        return prefix + ".after." + tier;
    }

    void declare(Channel channel) throws IOException {
        String parking = prefix + ".parking";
        channel.exchangeDeclare(parking, BuiltinExchangeType.FANOUT, true);
        channel.queueDeclare(parkedQueue(), true, false, false, quorum(null));
        channel.queueBind(parkedQueue(), parking, "");

        Map<String, Object> ready = quorum(parking);
        ready.put("x-delivery-limit", deliveryLimit);
        channel.queueDeclare(readyQueue(), true, false, false, ready);

        for (int tier = DelayTiers.LOWEST; tier <= DelayTiers.HIGHEST; tier++) {
            channel.exchangeDeclare(afterExchange(tier), BuiltinExchangeType.TOPIC, true);
            Map<String, Object> arguments = quorum(afterExchange(tier));
            arguments.put("x-message-ttl", DelayTiers.ttlMillis(tier));
            channel.queueDeclare(delayQueue(tier), true, false, false, arguments);
        }
        channel.exchangeDeclare(entryExchange(), BuiltinExchangeType.TOPIC, true);
        bindNextHops(channel, entryExchange(), DelayTiers.ENTRY);
        for (int tier = DelayTiers.LOWEST; tier <= DelayTiers.HIGHEST; tier++) {
            bindNextHops(channel, afterExchange(tier), tier);
        }
    }

    /** From a message that has waited the tiers from {@code above} up: to the next tier whose bit is set, or ready. */
    private void bindNextHops(Channel channel, String exchange, int above) throws IOException {
        for (int next = DelayTiers.LOWEST; next < above && next <= DelayTiers.HIGHEST; next++) {
            channel.queueBind(delayQueue(next), exchange, DelayTiers.pattern(above, next));
        }
        channel.queueBind(readyQueue(), exchange, DelayTiers.pattern(above, DelayTiers.READY));
    }
    private static Map<String, Object> quorum(String deadLetterExchange) {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("x-queue-type", "quorum");
        if (deadLetterExchange != null) {
            arguments.put("x-dead-letter-exchange", deadLetterExchange);
            arguments.put("x-dead-letter-strategy", "at-least-once");
            // At-least-once dead-lettering needs this; with no length limit set, nothing is ever refused.
            arguments.put("x-overflow", "reject-publish");
        }
        return arguments;
    }
}

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
 *   publish ──▶ {prefix}.delay.35 ─0─▶ {prefix}.delay.34 ─0─▶ … {prefix}.delay.6 ─0─▶ {prefix}.due ──▶ {prefix}.ready ──▶ consumers
 *                 │1                     │1                       │1                   ▲
 *                 ▼                      ▼                        ▼                    │
 *            queue delay.35 ─TTL─▶ exchange delay.34   …    queue delay.6 ─TTL─────────┘
 *   {prefix}.ready ─ delivery limit exceeded ─▶ {prefix}.parking ──▶ {prefix}.parked (poison messages, kept for inspection)
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
        return delayExchange(DelayTiers.HIGHEST);
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

    String dueExchange() {
        return prefix + ".due";
    }

    void declare(Channel channel) throws IOException {
        String parking = prefix + ".parking";
        channel.exchangeDeclare(parking, BuiltinExchangeType.FANOUT, true);
        channel.queueDeclare(parkedQueue(), true, false, false, quorum(null));
        channel.queueBind(parkedQueue(), parking, "");

        channel.exchangeDeclare(dueExchange(), BuiltinExchangeType.TOPIC, true);
        Map<String, Object> ready = quorum(parking);
        ready.put("x-delivery-limit", deliveryLimit);
        channel.queueDeclare(readyQueue(), true, false, false, ready);
        channel.queueBind(readyQueue(), dueExchange(), "#");

        for (int tier = DelayTiers.LOWEST; tier <= DelayTiers.HIGHEST; tier++) {
            String next = tier == DelayTiers.LOWEST ? dueExchange() : delayExchange(tier - 1);
            channel.exchangeDeclare(delayExchange(tier), BuiltinExchangeType.TOPIC, true);
            Map<String, Object> arguments = quorum(next);
            arguments.put("x-message-ttl", DelayTiers.ttlMillis(tier));
            channel.queueDeclare(delayQueue(tier), true, false, false, arguments);
            channel.queueBind(delayQueue(tier), delayExchange(tier), DelayTiers.pattern(tier, '1'));
            channel.exchangeBind(next, delayExchange(tier), DelayTiers.pattern(tier, '0'));
        }
    }

    private String delayExchange(int tier) {
        return prefix + ".delay." + tier;
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

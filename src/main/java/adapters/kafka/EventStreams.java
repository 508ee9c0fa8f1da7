package adapters.kafka;

import java.net.URI;
import java.util.Locale;

/**
 * How platform events are named on Kafka. One topic per business context, {@code gudok.<context>}; the
 * CloudEvents type is {@code io.gudok.<aggregate>.<event>.v<n>} and the source {@code /gudok/<context>}. A change
 * that breaks a type's data (a field removed, renamed or retyped) publishes it as {@code v2}; adding a field
 * does not. See docs/events.md.
 */
final class EventStreams {
    private EventStreams() { }

    static String topic(String context) {
        return "gudok." + context.toLowerCase(Locale.ROOT);
    }

    static URI source(String context) {
        return URI.create("/gudok/" + context.toLowerCase(Locale.ROOT));
    }

    /** Every type is at version 1 so far; a breaking change of one type's data gives that type a v2. */
    static String cloudEventType(String type) {
        return "io.gudok." + type + ".v1";
    }
}

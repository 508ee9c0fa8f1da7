package adapters.kafka;

import java.net.URI;
import java.util.Locale;

/**
 * How platform events are named on Kafka. One topic per business context, {@code gudok.<context>}; the
 * CloudEvents type is {@code io.gudok.<aggregate>.<event>.v<n>} (its version is the event catalog's,
 * {@code adapters.representation.EventCatalog}) and the source {@code /gudok/<context>}. A change
 * that breaks a type's data (a field removed, renamed or retyped) publishes it as {@code v2}; adding a field
 * does not. See docs/events.md.
 */
final class EventStreams {
    private EventStreams() { }

    /** {@code <prefix>.<context>}: the prefix is {@code gudok} but for a benchmark that keeps to topics of its own. */
    static String topic(String prefix, String context) {
        return prefix + "." + context.toLowerCase(Locale.ROOT);
    }

    private static final java.util.Map<String, URI> SOURCES = new java.util.concurrent.ConcurrentHashMap<>();

    static URI source(String context) {
        return SOURCES.computeIfAbsent(context, c -> URI.create("/gudok/" + c.toLowerCase(Locale.ROOT)));
    }
}

package adapters.kafka;

import adapters.EventOutbox;
import adapters.EventOutbox.RecordedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Platform events at /q/metrics: recorded (by this instance's use cases), published (acknowledged by Kafka),
 * publish failures, the outbox's backlog and the age of its oldest unpublished event, and the time from
 * recording to Kafka's acknowledgement.
 */
@ApplicationScoped
class EventMetrics {
    private final Counter recorded;
    private final Counter published;
    private final Counter failures;
    private final Counter parked;
    private final Timer toKafka;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    EventMetrics(MeterRegistry registry) {
        recorded = Counter.builder("gudok.events.recorded").description("Events recorded in the outbox").register(registry);
        published = Counter.builder("gudok.events.published").description("Events acknowledged by Kafka").register(registry);
        failures = Counter.builder("gudok.events.publish.failures")
                .description("Relay rounds that failed (Kafka away, an event not acknowledged)").register(registry);
        parked = Counter.builder("gudok.events.parked")
                .description("Events Kafka can never take, set aside in the outbox for an admin (alert on any)").register(registry);
        toKafka = Timer.builder("gudok.events.publish.latency").description("From recording an event to Kafka's acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
        Gauge.builder("gudok.events.backlog", backlog, AtomicLong::get)
                .description("Events recorded and not yet published (as of the relay's last look)").register(registry);
        Gauge.builder("gudok.events.backlog.oldest.seconds", oldestAgeMillis, age -> age.get() / 1000.0)
                .description("Age of the oldest unpublished event").register(registry);
    }

    void recorded(int count) {
        recorded.increment(count);
    }

    void published(List<RecordedEvent> batch, int acknowledged, Instant at) {
        published.increment(acknowledged);
        for (RecordedEvent event : batch) {
            Duration took = Duration.between(event.recordedAt(), at);
            if (!took.isNegative()) toKafka.record(took);
        }
    }

    void parked() {
        parked.increment();
    }

    void publishFailed() {
        failures.increment();
    }

    void backlog(EventOutbox.Backlog now, Instant at) {
        backlog.set(now.unpublished());
        oldestAgeMillis.set(now.oldestRecordedAt() == null ? 0 : Math.max(0, Duration.between(now.oldestRecordedAt(), at).toMillis()));
    }
}

package adapters.rabbitmq;

import domain.scheduling.RunOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Jobs scheduled, fired, failed and parked, and how late they fired, at /q/metrics. */
@ApplicationScoped
class SchedulingMetrics {
    private final MeterRegistry registry;
    private final Counter scheduled;
    private final Counter sent;
    private final Counter poison;

    SchedulingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.scheduled = Counter.builder("gudok.jobs.scheduled").description("Jobs recorded to run later").register(registry);
        this.sent = Counter.builder("gudok.jobs.sent").description("Job messages confirmed by RabbitMQ").register(registry);
        this.poison = Counter.builder("gudok.jobs.poison")
                .description("Messages on the ready queue that name no job; moved to the parked queue").register(registry);
    }

    void scheduled(int count) {
        scheduled.increment(count);
    }

    void sent(int count) {
        sent.increment(count);
    }

    void poison() {
        poison.increment();
    }

    /** How long a job took that fired, its transaction's commit included. */
    void ran(RunOutcome outcome, Duration took) {
        if (outcome.kind() != RunOutcome.Kind.FIRED) return;
        Timer.builder("gudok.jobs.duration").description("Time to run a job, commit included")
                .tag("type", outcome.type().name()).publishPercentiles(0.5, 0.99)
                .register(registry).record(took);
    }

    void outcome(RunOutcome outcome) {
        switch (outcome.kind()) {
            case FIRED -> {
                counter("gudok.jobs.fired", outcome).increment();
                Duration lateness = outcome.lateness().isNegative() ? Duration.ZERO : outcome.lateness();
                Timer.builder("gudok.jobs.lateness").description("Fired time minus due time")
                        .tag("type", outcome.type().name()).publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                        .register(registry).record(lateness);
            }
            case FAILED -> counter("gudok.jobs.failed", outcome).increment();
            case PARKED -> {
                counter("gudok.jobs.failed", outcome).increment();
                counter("gudok.jobs.parked", outcome).increment();
            }
            case EARLY, IGNORED -> Counter.builder("gudok.jobs.ignored").tag("reason", outcome.kind().name().toLowerCase())
                    .register(registry).increment();
        }
    }

    private Counter counter(String name, RunOutcome outcome) {
        return Counter.builder(name).tag("type", outcome.type().name()).register(registry);
    }
}

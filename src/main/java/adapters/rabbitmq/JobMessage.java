package adapters.rabbitmq;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What a delay message carries: the job, the generation it was sent for, and its due time (so the
 * consumer can hold a message that arrives early), in microseconds as the database keeps it. The job
 * itself stays in the database.
 */
record JobMessage(UUID jobId, long generation, Instant dueAt) {

    byte[] toBytes() {
        long dueMicros = dueAt.getEpochSecond() * 1_000_000 + dueAt.getNano() / 1_000;
        return (jobId + " " + generation + " " + dueMicros).getBytes(StandardCharsets.US_ASCII);
    }

    /** The message a body holds, or null when it is not one of ours. */
    static JobMessage parse(byte[] body) {
        try {
            String[] parts = new String(body, StandardCharsets.US_ASCII).split(" ");
            if (parts.length != 3) return null;
            return new JobMessage(UUID.fromString(parts[0]), Long.parseLong(parts[1]),
                    Instant.EPOCH.plus(Long.parseLong(parts[2]), ChronoUnit.MICROS));
        } catch (RuntimeException e) {
            return null;
        }
    }
}

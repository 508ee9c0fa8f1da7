package adapters.rabbitmq;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** What a delay message carries: the job and the generation it was sent for. The job itself stays in the database. */
record JobMessage(UUID jobId, long generation) {

    byte[] toBytes() {
        return (jobId + " " + generation).getBytes(StandardCharsets.US_ASCII);
    }

    /** The message a body holds, or null when it is not one of ours. */
    static JobMessage parse(byte[] body) {
        try {
            String[] parts = new String(body, StandardCharsets.US_ASCII).split(" ");
            if (parts.length != 2) return null;
            return new JobMessage(UUID.fromString(parts[0]), Long.parseLong(parts[1]));
        } catch (RuntimeException e) {
            return null;
        }
    }
}

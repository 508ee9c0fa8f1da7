package domain.scheduling;

import java.time.Instant;
import java.util.UUID;

/** Where canary jobs write down that they fired: the record an operator checks for loss, duplicates and lateness. */
public interface CanaryFirings {
    void record(UUID jobId, Instant dueAt, Instant firedAt);
}

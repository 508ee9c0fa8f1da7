package adapters;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The services the API can do without for a while (Kafka, the search engine): their checks are in the health
 * group {@value #HEALTH_GROUP} ({@code /q/health/group/platform-services}), not in readiness, and each is the
 * gauge {@code gudok.service.up{service=...}} (1 up, 0 down).
 */
public final class PlatformServices {
    public static final String HEALTH_GROUP = "platform-services";
    public static final String UP_GAUGE = "gudok.service.up";

    private PlatformServices() { }

    /** A check's answer, asked again at most every five seconds however often a gauge is scraped. */
    public static final class CachedStatus {
        private static final long CACHE_NANOS = Duration.ofSeconds(5).toNanos();
        private final BooleanSupplier check;
        private long askedAt;
        private boolean asked;
        private boolean up;

        public CachedStatus(BooleanSupplier check) {
            this.check = check;
        }

        public synchronized double upAsNumber() {
            if (!asked || System.nanoTime() - askedAt > CACHE_NANOS) {
                up = check.getAsBoolean();
                askedAt = System.nanoTime();
                asked = true;
            }
            return up ? 1 : 0;
        }
    }
}

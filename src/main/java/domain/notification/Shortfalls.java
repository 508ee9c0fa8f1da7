package domain.notification;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Outbound port: what a delivery's pending payment lacks now; none once it is paid or called off. */
public interface Shortfalls {
    Optional<Shortfall> of(UUID deliveryId, Instant failedAt);
}

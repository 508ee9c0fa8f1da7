package domain.subscription;

import java.time.LocalDate;
import java.util.UUID;

/** A subscriber pauses their subscription and resumes it; a dated pause also ends by itself on its date. */
public interface PauseSubscriptionUseCase {

    /** Pauses from today until the given date (exclusive), or until resumed when {@code until} is null. */
    Subscription pause(String userId, UUID subscriptionId, LocalDate until);

    /** Resumes a paused or suspended subscription; answers it as it is afterwards. */
    Subscription resume(String userId, UUID subscriptionId);

    /** A pause that was set to end on a date ends (the {@code subscription.resume} job). */
    void resumeAsPlanned(UUID subscriptionId);
}

package domain.subscription;

import java.util.UUID;

/** A rental's commitment is over: it ends unless it was renewed meanwhile (the {@code rental.end} job). */
public interface EndRentalUseCase {
    void endCommitment(UUID subscriptionId);
}

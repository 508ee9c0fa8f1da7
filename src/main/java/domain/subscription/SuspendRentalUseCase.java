package domain.subscription;

import java.util.UUID;

/** Billing suspends a rental whose monthly fees went unpaid too many months in a row. */
public interface SuspendRentalUseCase {
    void suspendForUnpaidFees(UUID subscriptionId);
}

package domain.subscription;

import domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;

/** How, when and why a subscription was cancelled; a rental left inside its commitment owes the early-termination fee. */
public record Cancellation(CancellationMode mode, Instant cancelledAt, LocalDate endsOn, Money earlyTerminationFee,
                           CancellationReason reason) { }

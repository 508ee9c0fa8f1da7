package domain.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Outbound port: what the daily reminders look for, a page at a time. */
public interface Reminders {
    /** What a user owes for their deliveries still to be charged and dated in ({@code from}, {@code to}]. */
    record UserDue(String userId, long amount, LocalDate firstDate) { }

    /** A rental whose commitment ends on a given day, and its subscriber. */
    record EndingCommitment(UUID subscriptionId, String userId) { }

    /** Users (after {@code afterUser}, in order) owing for SCHEDULED deliveries dated in ({@code from}, {@code to}]. */
    List<UserDue> dueBetween(LocalDate from, LocalDate to, String afterUser, int limit);

    /** ACTIVE rentals (after {@code after}, in order) whose commitment ends on {@code on}. */
    List<EndingCommitment> commitmentsEndingOn(LocalDate on, UUID after, int limit);
}

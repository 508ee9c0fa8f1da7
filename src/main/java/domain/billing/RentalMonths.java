package domain.billing;

import java.util.UUID;

/** Outbound port: the months of each rental that were settled. The store holds one record per rental and month. */
public interface RentalMonths {

    /** Whether the month was settled already (paid, or given up unpaid). */
    boolean isSettled(UUID rentalId, int month);

    /** Records a settled month; a second record of the same month fails, undoing whatever charged it. */
    void settle(RentalMonth month);

    /** Whether the rental's first month, paid with its delivery, was paid. */
    boolean firstMonthPaid(UUID rentalId);
}

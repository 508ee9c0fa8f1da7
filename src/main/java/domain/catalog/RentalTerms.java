package domain.catalog;

import domain.shared.Money;

/** The money side of a rental: a monthly fee, a commitment and what leaving early costs. */
public record RentalTerms(Money monthlyFee, int commitmentMonths, Money earlyTerminationFee) {
    public static final int MAX_COMMITMENT_MONTHS = 120;
}

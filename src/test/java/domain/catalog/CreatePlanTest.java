package domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import domain.catalog.ManageCatalogUseCase.CreatePlan;
import domain.catalog.ManageCatalogUseCase.CycleType;
import domain.shared.InvalidInputException;
import domain.shared.InvalidInputException.FieldError;
import domain.shared.Money;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@link CreatePlan#of} lists every invalid field of a plan at once. */
class CreatePlanTest {

    private static final UUID PRODUCT = UUID.randomUUID();

    private static BigDecimal amount(long amount) {
        return BigDecimal.valueOf(amount);
    }

    private static InvalidInputException failure(Runnable call) {
        return catchThrowableOfType(InvalidInputException.class, call::run);
    }

    @Test
    void buildsAWeeklyPlan() {
        CreatePlan plan = CreatePlan.of(PRODUCT, "  Water  ", PlanKind.REGULAR_DELIVERY, amount(12_000), "KRW",
                CycleType.WEEKLY, 2, DayOfWeek.TUESDAY, null, null, null, null);
        assertThat(plan.name()).isEqualTo("Water");
        assertThat(plan.pricePerDelivery()).isEqualTo(Money.won(12_000));
        assertThat(plan.cycle()).isEqualTo(new DeliveryCycle.Weekly(2, DayOfWeek.TUESDAY));
        assertThat(plan.rentalTerms()).isNull();
    }

    @Test
    void buildsAMonthlyPlan() {
        CreatePlan plan = CreatePlan.of(PRODUCT, "Coffee", PlanKind.REGULAR_DELIVERY, amount(30_000), null,
                CycleType.MONTHLY, null, null, 31, null, null, null);
        assertThat(plan.cycle()).isEqualTo(new DeliveryCycle.Monthly(31));
    }

    @Test
    void buildsARental() {
        CreatePlan plan = CreatePlan.of(PRODUCT, "Purifier", PlanKind.RENTAL, null, null,
                null, null, null, null, amount(39_900), 36, amount(200_000));
        assertThat(plan.rentalTerms()).isEqualTo(new RentalTerms(Money.won(39_900), 36, Money.won(200_000)));
        assertThat(plan.cycle()).isNull();
        assertThat(plan.pricePerDelivery()).isNull();
    }

    @Test
    void listsEveryMissingTopLevelField() {
        InvalidInputException e = failure(() -> CreatePlan.of(null, " ", null, null, null, null, null, null, null, null, null, null));
        assertThat(e.errors()).containsExactly(
                new FieldError("productId", "is required"),
                new FieldError("name", "is required"),
                new FieldError("kind", "is required"));
    }

    @Test
    void listsEveryInvalidFieldOfAWeeklyPlan() {
        InvalidInputException e = failure(() -> CreatePlan.of(null, "x".repeat(201), PlanKind.REGULAR_DELIVERY, amount(-5), "USD",
                CycleType.WEEKLY, 53, null, null, null, null, null));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                "productId", "name", "price.amount", "price.currency", "cycle.everyWeeks", "cycle.dayOfWeek");
    }

    @Test
    void listsMissingPriceAndCycle() {
        InvalidInputException e = failure(() -> CreatePlan.of(PRODUCT, "Water", PlanKind.REGULAR_DELIVERY, null, null,
                null, null, null, null, null, null, null));
        assertThat(e.errors()).containsExactly(
                new FieldError("price.amount", "is required"),
                new FieldError("cycle.type", "is required"));
    }

    @Test
    void rejectsFractionsOfAWon() {
        InvalidInputException e = failure(() -> CreatePlan.of(PRODUCT, "Coffee", PlanKind.REGULAR_DELIVERY,
                new BigDecimal("100.5"), "KRW", CycleType.MONTHLY, null, null, 0, null, null, null));
        assertThat(e.errors()).containsExactly(
                new FieldError("price.amount", "must be a whole number of won"),
                new FieldError("cycle.dayOfMonth", "must be between 1 and 31"));
    }

    @Test
    void acceptsAWholeAmountWrittenWithDecimals() {
        CreatePlan plan = CreatePlan.of(PRODUCT, "Coffee", PlanKind.REGULAR_DELIVERY, new BigDecimal("30000.00"), null,
                CycleType.MONTHLY, null, null, 1, null, null, null);
        assertThat(plan.pricePerDelivery()).isEqualTo(Money.won(30_000));
    }

    @Test
    void rejectsAMonthlyDayOutOfRange() {
        InvalidInputException e = failure(() -> CreatePlan.of(PRODUCT, "Coffee", PlanKind.REGULAR_DELIVERY, amount(1), null,
                CycleType.MONTHLY, null, null, 32, null, null, null));
        assertThat(e.errors()).containsExactly(new FieldError("cycle.dayOfMonth", "must be between 1 and 31"));
    }

    @Test
    void listsEveryInvalidFieldOfARental() {
        InvalidInputException e = failure(() -> CreatePlan.of(PRODUCT, "Purifier", PlanKind.RENTAL, null, null,
                null, null, null, null, null, RentalTerms.MAX_COMMITMENT_MONTHS + 1, amount(-1)));
        assertThat(e.errors()).extracting(FieldError::field).containsExactly(
                "rental.monthlyFee.amount", "rental.earlyTerminationFee.amount", "rental.commitmentMonths");
    }

    @Test
    void aRentalWithoutACommitmentIsRejected() {
        InvalidInputException e = failure(() -> CreatePlan.of(PRODUCT, "Purifier", PlanKind.RENTAL, null, null,
                null, null, null, null, amount(10), 0, amount(0)));
        assertThat(e.errors()).containsExactly(new FieldError("rental.commitmentMonths", "must be between 1 and 120"));
    }
}

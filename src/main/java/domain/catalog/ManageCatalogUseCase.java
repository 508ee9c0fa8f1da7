package domain.catalog;

import domain.shared.Money;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.UUID;

/** A partner shop manages its own products and plans. */
public interface ManageCatalogUseCase {

    Product addProduct(ShopId shop, AddProduct command);

    Page<Product> products(ShopId shop, PageRequest page);

    /** One of the shop's own products; another shop's is not found. */
    Product product(ShopId shop, UUID productId);

    Plan createPlan(ShopId shop, CreatePlan command);

    Plan retirePlan(ShopId shop, UUID planId);

    Page<Plan> plans(ShopId shop, PageRequest page);

    record AddProduct(String name, String description, Money unitPrice) {
        public static AddProduct of(String name, String description, BigDecimal amount, String currency) {
            Validation validation = new Validation().text(name, "name", 200).optionalText(description, "description", 2000);
            Money price = Money.parse(amount, currency, "unitPrice", validation);
            validation.throwIfInvalid();
            return new AddProduct(name.strip(), description, price);
        }
    }

    enum CycleType { WEEKLY, MONTHLY }

    record CreatePlan(UUID productId, String name, PlanKind kind, Money pricePerDelivery,
                      DeliveryCycle cycle, RentalTerms rentalTerms) {

        /** Validates the raw fields of a plan and lists every one that is wrong. */
        public static CreatePlan of(UUID productId, String name, PlanKind kind,
                                    BigDecimal priceAmount, String priceCurrency,
                                    CycleType cycleType, Integer everyWeeks, DayOfWeek dayOfWeek, Integer dayOfMonth,
                                    BigDecimal monthlyFee, Integer commitmentMonths, BigDecimal earlyTerminationFee) {
            Validation v = new Validation();
            v.present(productId, "productId");
            v.text(name, "name", 200);
            Money price = null;
            DeliveryCycle cycle = null;
            RentalTerms terms = null;
            if (v.present(kind, "kind") && kind == PlanKind.REGULAR_DELIVERY) {
                price = Money.parse(priceAmount, priceCurrency, "price", v);
                if (v.present(cycleType, "cycle.type")) {
                    if (cycleType == CycleType.WEEKLY) {
                        v.range(everyWeeks, "cycle.everyWeeks", 1, 52);
                        boolean hasDay = v.present(dayOfWeek, "cycle.dayOfWeek");
                        if (everyWeeks != null && everyWeeks >= 1 && everyWeeks <= 52 && hasDay) {
                            cycle = new DeliveryCycle.Weekly(everyWeeks, dayOfWeek);
                        }
                    } else {
                        v.range(dayOfMonth, "cycle.dayOfMonth", 1, 31);
                        if (dayOfMonth != null && dayOfMonth >= 1 && dayOfMonth <= 31) {
                            cycle = new DeliveryCycle.Monthly(dayOfMonth);
                        }
                    }
                }
            } else if (kind == PlanKind.RENTAL) {
                Money fee = Money.parse(monthlyFee, null, "rental.monthlyFee", v);
                Money early = Money.parse(earlyTerminationFee, null, "rental.earlyTerminationFee", v);
                v.range(commitmentMonths, "rental.commitmentMonths", 1, RentalTerms.MAX_COMMITMENT_MONTHS);
                if (fee != null && early != null && commitmentMonths != null
                        && commitmentMonths >= 1 && commitmentMonths <= RentalTerms.MAX_COMMITMENT_MONTHS) {
                    terms = new RentalTerms(fee, commitmentMonths, early);
                }
            }
            v.throwIfInvalid();
            return new CreatePlan(productId, name.strip(), kind, price, cycle, terms);
        }
    }
}

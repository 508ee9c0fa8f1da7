package domain.catalog;

import domain.shared.Money;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.Validation;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/** A partner shop manages its own products and plans. */
public interface ManageCatalogUseCase {

    Product addProduct(ShopId shop, AddProduct command);

    Page<Product> products(ShopId shop, PageRequest page);

    /** One of the shop's own products; another shop's is not found. */
    Product product(ShopId shop, UUID productId);

    /** New name, description and details; its plans follow (pools and alerts re-sort them). */
    Product editProduct(ShopId shop, UUID productId, EditProduct command);

    /** No new plans for it; its active plans are retired with it (their subscribers keep them). */
    Product retireProduct(ShopId shop, UUID productId);

    Plan createPlan(ShopId shop, CreatePlan command);

    /** A new name and price; the price applies to new subscriptions only: existing ones keep the price they took. */
    Plan changePlan(ShopId shop, UUID planId, ChangePlan command);

    Plan retirePlan(ShopId shop, UUID planId);

    Page<Plan> plans(ShopId shop, PageRequest page);

    record AddProduct(String name, String description, Money unitPrice, ProductDetails details) {
        public static AddProduct of(String name, String description, BigDecimal amount, String currency) {
            return of(name, description, amount, currency, null, null, null, null);
        }

        public static AddProduct of(String name, String description, BigDecimal amount, String currency,
                                    String category, List<String> tags, List<String> imageUrls, List<String> regions) {
            Validation validation = new Validation().text(name, "name", 200).optionalText(description, "description", 2000);
            Money price = Money.parse(amount, currency, "unitPrice", validation);
            ProductDetails details = ProductDetails.parse(category, tags, imageUrls, regions, validation);
            validation.throwIfInvalid();
            return new AddProduct(name.strip(), description, price, details);
        }
    }

    /** Everything a shop may change about a product, all at once (what is left out is cleared, as in a PUT). */
    record EditProduct(String name, String description, ProductDetails details) {
        public static EditProduct of(String name, String description, String category, List<String> tags,
                                     List<String> imageUrls, List<String> regions) {
            Validation validation = new Validation().text(name, "name", 200).optionalText(description, "description", 2000);
            ProductDetails details = ProductDetails.parse(category, tags, imageUrls, regions, validation);
            validation.throwIfInvalid();
            return new EditProduct(name.strip(), description, details);
        }
    }

    /** {@code price}: per delivery, or a rental's monthly fee. */
    record ChangePlan(String name, Money price) {
        public static ChangePlan of(String name, BigDecimal amount, String currency) {
            Validation validation = new Validation().text(name, "name", 200);
            Money price = Money.parse(amount, currency, "price", validation);
            validation.throwIfInvalid();
            return new ChangePlan(name.strip(), price);
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

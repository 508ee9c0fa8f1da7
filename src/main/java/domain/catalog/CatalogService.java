package domain.catalog;

import domain.catalog.CatalogEvent.PlanChanged;
import domain.catalog.CatalogEvent.PlanCreated;
import domain.catalog.CatalogEvent.PlanRetired;
import domain.catalog.CatalogEvent.ProductChanged;
import domain.catalog.CatalogEvent.ProductCreated;
import domain.catalog.CatalogEvent.ProductRetired;
import domain.shared.BusinessCalendar;
import domain.shared.EventLog;
import domain.shared.InvalidInputException;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import java.util.UUID;

public final class CatalogService implements ManageCatalogUseCase, BrowsePlansUseCase {
    private final Products products;
    private final Plans plans;
    private final BusinessCalendar calendar;
    private final EventLog events;

    public CatalogService(Products products, Plans plans, BusinessCalendar calendar, EventLog events) {
        this.events = events;
        this.products = products;
        this.plans = plans;
        this.calendar = calendar;
    }

    @Override
    public Product addProduct(ShopId shop, AddProduct command) {
        Product product = new Product(UUID.randomUUID(), shop, command.name(), command.description(),
                command.unitPrice(), command.details(), ProductStatus.ACTIVE, calendar.now());
        products.add(product);
        events.record(new ProductCreated(product, calendar.now()));
        return product;
    }

    @Override
    public Product editProduct(ShopId shop, UUID productId, EditProduct command) {
        Product edited = lockedProduct(shop, productId).edit(command.name(), command.description(), command.details());
        products.update(edited);
        events.record(new ProductChanged(edited, calendar.now()));
        return edited;
    }

    @Override
    public Product retireProduct(ShopId shop, UUID productId) {
        Product retired = lockedProduct(shop, productId).retire();
        products.update(retired);
        for (Plan plan : plans.activeOfProduct(productId)) {
            Plan retiredPlan = plan.retire();
            plans.update(retiredPlan);
            events.record(new PlanRetired(retiredPlan, calendar.now()));
        }
        events.record(new ProductRetired(retired, calendar.now()));
        return retired;
    }

    @Override
    public Page<Product> products(ShopId shop, PageRequest page) {
        return products.ofShop(shop, page);
    }

    @Override
    public Product product(ShopId shop, UUID productId) {
        return products.byId(productId).filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("product", productId));
    }

    @Override
    public Plan createPlan(ShopId shop, CreatePlan command) {
        // Locked, so that the product cannot be retired while a plan of it is being created.
        Product product = products.lockById(command.productId())
                .filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> InvalidInputException.of("productId", "is not a product of this shop"));
        if (!product.isActive()) throw InvalidInputException.of("productId", "is retired: it takes no new plans");
        Plan plan = new Plan(UUID.randomUUID(), shop, product.id(), command.name(), command.kind(),
                command.pricePerDelivery(), command.cycle(), command.rentalTerms(), PlanStatus.ACTIVE, calendar.now());
        plans.add(plan);
        events.record(new PlanCreated(plan, calendar.now()));
        return plan;
    }

    @Override
    public Plan changePlan(ShopId shop, UUID planId, ChangePlan command) {
        Plan changed = ownPlan(shop, planId).change(command.name(), command.price());
        plans.update(changed);
        events.record(new PlanChanged(changed, calendar.now()));
        return changed;
    }

    @Override
    public Plan retirePlan(ShopId shop, UUID planId) {
        Plan retired = ownPlan(shop, planId).retire();
        plans.update(retired);
        events.record(new PlanRetired(retired, calendar.now()));
        return retired;
    }

    @Override
    public Page<Plan> plans(ShopId shop, PageRequest page) {
        return plans.ofShop(shop, page);
    }

    @Override
    public Page<Plan> activePlans(ShopId shopOrNull, PageRequest page) {
        return plans.active(shopOrNull, page);
    }

    @Override
    public Plan plan(UUID planId) {
        return plans.byId(planId).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    /** Locked for the rest of the transaction, so that two edits or retirements do not both go through. */
    private Product lockedProduct(ShopId shop, UUID productId) {
        return products.lockById(productId).filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("product", productId));
    }

    /** Locked like a product (after its product, when both are). */
    private Plan ownPlan(ShopId shop, UUID planId) {
        return plans.lockById(planId).filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("plan", planId));
    }
}

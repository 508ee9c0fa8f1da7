package domain.catalog;

import domain.catalog.CatalogEvent.PlanCreated;
import domain.catalog.CatalogEvent.PlanRetired;
import domain.catalog.CatalogEvent.ProductCreated;
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
                command.unitPrice(), calendar.now());
        products.add(product);
        events.record(new ProductCreated(product, calendar.now()));
        return product;
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
        Product product = products.byId(command.productId())
                .filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> InvalidInputException.of("productId", "is not a product of this shop"));
        Plan plan = new Plan(UUID.randomUUID(), shop, product.id(), command.name(), command.kind(),
                command.pricePerDelivery(), command.cycle(), command.rentalTerms(), PlanStatus.ACTIVE, calendar.now());
        plans.add(plan);
        events.record(new PlanCreated(plan, calendar.now()));
        return plan;
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

    private Plan ownPlan(ShopId shop, UUID planId) {
        return plans.byId(planId).filter(p -> p.shopId().equals(shop))
                .orElseThrow(() -> new NotFoundException("plan", planId));
    }
}

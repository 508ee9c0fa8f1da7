package domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import domain.catalog.ManageCatalogUseCase.AddProduct;
import domain.catalog.ManageCatalogUseCase.CreatePlan;
import domain.catalog.ManageCatalogUseCase.CycleType;
import domain.shared.BusinessCalendar;
import domain.shared.InvalidInputException;
import domain.shared.Money;
import domain.shared.NotFoundException;
import domain.shared.Page;
import domain.shared.PageRequest;
import domain.shared.RecordedEvents;
import domain.shared.StateConflictException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
    private static final PageRequest ALL = new PageRequest(null, 100);

    private final Map<UUID, Product> products = new LinkedHashMap<>();
    private final Map<UUID, Plan> plans = new LinkedHashMap<>();
    private final RecordedEvents events = new RecordedEvents();
    private final CatalogService catalog = new CatalogService(new MapProducts(), new MapPlans(),
            new BusinessCalendar(Clock.fixed(NOW, ZoneOffset.UTC)), events);
    private final ShopId shop = ShopId.random();
    private final ShopId otherShop = ShopId.random();

    private Product water() {
        return catalog.addProduct(shop, AddProduct.of("  Spring water ", "2 l bottles", new BigDecimal("6000"), "KRW"));
    }

    private CreatePlan weekly(UUID productId) {
        return CreatePlan.of(productId, "Weekly water", PlanKind.REGULAR_DELIVERY, new BigDecimal("12000"), "KRW",
                CycleType.WEEKLY, 1, DayOfWeek.MONDAY, null, null, null, null);
    }

    @Test
    void aProductIsAddedToTheShopsCatalog() {
        Product product = water();

        assertThat(product.shopId()).isEqualTo(shop);
        assertThat(product.name()).isEqualTo("Spring water");
        assertThat(product.description()).isEqualTo("2 l bottles");
        assertThat(product.unitPrice()).isEqualTo(Money.won(6_000));
        assertThat(product.createdAt()).isEqualTo(NOW);
        assertThat(products).containsEntry(product.id(), product);
        assertThat(catalog.products(shop, ALL).items()).containsExactly(product);
        assertThat(catalog.products(otherShop, ALL).items()).isEmpty();
        assertThat(events.all()).containsExactly(new CatalogEvent.ProductCreated(product, NOW));
    }

    @Test
    void aPlanIsCreatedActiveForOneOfTheShopsProducts() {
        Product product = water();

        Plan plan = catalog.createPlan(shop, weekly(product.id()));

        assertThat(plan.shopId()).isEqualTo(shop);
        assertThat(plan.productId()).isEqualTo(product.id());
        assertThat(plan.name()).isEqualTo("Weekly water");
        assertThat(plan.kind()).isEqualTo(PlanKind.REGULAR_DELIVERY);
        assertThat(plan.pricePerDelivery()).isEqualTo(Money.won(12_000));
        assertThat(plan.cycle()).isEqualTo(new DeliveryCycle.Weekly(1, DayOfWeek.MONDAY));
        assertThat(plan.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(plan.createdAt()).isEqualTo(NOW);
        assertThat(catalog.plan(plan.id())).isEqualTo(plan);
        assertThat(catalog.plans(shop, ALL).items()).containsExactly(plan);
        assertThat(catalog.activePlans(null, ALL).items()).containsExactly(plan);
        assertThat(catalog.activePlans(shop, ALL).items()).containsExactly(plan);
        assertThat(catalog.activePlans(otherShop, ALL).items()).isEmpty();
        assertThat(events.ofType(CatalogEvent.PlanCreated.class)).containsExactly(new CatalogEvent.PlanCreated(plan, NOW));
    }

    @Test
    void aPlanForAnotherShopsProductOrNoProductIsRefused() {
        Product product = water();

        for (UUID productId : new UUID[] {product.id(), UUID.randomUUID()}) {
            assertThatThrownBy(() -> catalog.createPlan(productId.equals(product.id()) ? otherShop : shop, weekly(productId)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .containsExactly(new InvalidInputException.FieldError("productId", "is not a product of this shop")));
        }
        assertThat(plans).isEmpty();
        assertThat(events.types()).containsExactly("product.created");
    }

    @Test
    void aRetiredPlanTakesNoNewSubscribersAndIsRetiredOnce() {
        Plan plan = catalog.createPlan(shop, weekly(water().id()));
        events.clear();

        Plan retired = catalog.retirePlan(shop, plan.id());

        assertThat(retired.status()).isEqualTo(PlanStatus.RETIRED);
        assertThat(retired.isActive()).isFalse();
        assertThat(catalog.plan(plan.id()).status()).isEqualTo(PlanStatus.RETIRED);
        assertThat(catalog.activePlans(null, ALL).items()).isEmpty();
        assertThat(catalog.plans(shop, ALL).items()).extracting(Plan::status).containsExactly(PlanStatus.RETIRED);
        assertThatThrownBy(() -> catalog.retirePlan(shop, plan.id())).isInstanceOfSatisfying(StateConflictException.class,
                e -> assertThat(e.currentState()).isEqualTo("RETIRED"));
        assertThat(events.all()).as("retired once").containsExactly(new CatalogEvent.PlanRetired(retired, NOW));
        assertThat(events.all().get(0).subject()).isEqualTo(plan.id().toString());
    }

    @Test
    void aShopRetiresOnlyItsOwnPlansAndAnUnknownPlanIsNotFound() {
        Plan plan = catalog.createPlan(shop, weekly(water().id()));

        assertThatThrownBy(() -> catalog.retirePlan(otherShop, plan.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.plan(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThat(catalog.plan(plan.id()).isActive()).isTrue();
    }

    @Test
    void theEdgesOfEachRangeMakeAPlan() {
        UUID product = UUID.randomUUID();
        assertThat(CreatePlan.of(product, "x", PlanKind.REGULAR_DELIVERY, BigDecimal.ONE, null, CycleType.WEEKLY, 52,
                DayOfWeek.FRIDAY, null, null, null, null).cycle()).isEqualTo(new DeliveryCycle.Weekly(52, DayOfWeek.FRIDAY));
        assertThat(CreatePlan.of(product, "x", PlanKind.REGULAR_DELIVERY, BigDecimal.ONE, null, CycleType.MONTHLY, null,
                null, 1, null, null, null).cycle()).isEqualTo(new DeliveryCycle.Monthly(1));
        assertThat(CreatePlan.of(product, "x", PlanKind.REGULAR_DELIVERY, BigDecimal.ONE, null, CycleType.MONTHLY, null,
                null, 31, null, null, null).cycle()).isEqualTo(new DeliveryCycle.Monthly(31));
        assertThat(CreatePlan.of(product, "x", PlanKind.RENTAL, null, null, null, null, null, null,
                BigDecimal.TEN, 1, BigDecimal.ZERO).rentalTerms()).isEqualTo(new RentalTerms(Money.won(10), 1, Money.won(0)));
        assertThat(CreatePlan.of(product, "x", PlanKind.RENTAL, null, null, null, null, null, null,
                BigDecimal.TEN, 120, BigDecimal.ZERO).rentalTerms().commitmentMonths()).isEqualTo(120);
    }

    @Test
    void editingAProductReplacesItsDetailsAndRecordsTheChange() {
        Product product = water();
        events.clear();

        Product edited = catalog.editProduct(shop, product.id(), ManageCatalogUseCase.EditProduct.of(" 제주 생수 ", null, "food.water",
                java.util.List.of("생수", " 제주 ", "생수"), java.util.List.of("https://img.example.com/1.jpg"), java.util.List.of("jeju", "seoul.mapo")));

        assertThat(edited.name()).isEqualTo("제주 생수");
        assertThat(edited.description()).isNull();
        assertThat(edited.unitPrice()).isEqualTo(product.unitPrice());
        assertThat(edited.details()).isEqualTo(new ProductDetails(new Category("food.water"), java.util.List.of("생수", "제주"),
                java.util.List.of("https://img.example.com/1.jpg"), java.util.List.of(new Region("jeju"), new Region("seoul.mapo"))));
        assertThat(products.get(product.id())).isEqualTo(edited);
        assertThat(events.all()).containsExactly(new CatalogEvent.ProductChanged(edited, NOW));
        assertThatThrownBy(() -> catalog.editProduct(otherShop, product.id(), ManageCatalogUseCase.EditProduct.of("x", null, null, null, null, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void retiringAProductRetiresItsActivePlansOnceAndRefusesNewOnes() {
        Product product = water();
        Plan first = catalog.createPlan(shop, weekly(product.id()));
        Plan second = catalog.createPlan(shop, weekly(product.id()));
        Plan retiredBefore = catalog.retirePlan(shop, second.id());
        events.clear();

        Product retired = catalog.retireProduct(shop, product.id());

        assertThat(retired.status()).isEqualTo(ProductStatus.RETIRED);
        assertThat(plans.get(first.id()).status()).isEqualTo(PlanStatus.RETIRED);
        assertThat(events.all()).containsExactly(new CatalogEvent.PlanRetired(plans.get(first.id()), NOW),
                new CatalogEvent.ProductRetired(retired, NOW));
        assertThat(plans.get(second.id())).isEqualTo(retiredBefore);
        assertThatThrownBy(() -> catalog.retireProduct(shop, product.id())).isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> catalog.editProduct(shop, product.id(), ManageCatalogUseCase.EditProduct.of("x", null, null, null, null, null)))
                .isInstanceOf(StateConflictException.class);
        assertThatThrownBy(() -> catalog.createPlan(shop, weekly(product.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("productId"));
    }

    @Test
    void regionsAndCategoriesNestAsTheTreeSays() {
        Region gangnam = new Region("seoul.gangnam");
        assertThat(gangnam.selfAndLarger()).containsExactly("kr", "seoul", "seoul.gangnam");
        assertThat(gangnam.larger()).containsExactly("kr", "seoul");
        assertThat(Region.NATIONWIDE.selfAndLarger()).containsExactly("kr");
        assertThat(gangnam.overlaps(new Region("seoul"))).isTrue();
        assertThat(new Region("seoul").overlaps(gangnam)).isTrue();
        assertThat(Region.NATIONWIDE.overlaps(new Region("busan"))).isTrue();
        assertThat(gangnam.overlaps(new Region("seoul.mapo"))).isFalse();
        assertThat(gangnam.overlaps(new Region("busan"))).isFalse();
        assertThat(new Category("food.coffee").selfAndAncestors()).containsExactly("food", "food.coffee");
        assertThat(new Category("food.coffee").isWithin(new Category("food"))).isTrue();
        assertThat(new Category("food").isWithin(new Category("food.coffee"))).isFalse();
        assertThat(new Category("pet.food").isWithin(new Category("food"))).isFalse();
        assertThat(Region.ALL).hasSize(1 + 17 + 25);
    }

    private final class MapProducts implements Products {
        @Override
        public void add(Product product) {
            products.put(product.id(), product);
        }

        @Override
        public void update(Product product) {
            products.put(product.id(), product);
        }

        @Override
        public Optional<Product> byId(UUID id) {
            return Optional.ofNullable(products.get(id));
        }

        @Override
        public Optional<Product> lockById(UUID id) {
            return byId(id);
        }

        @Override
        public Page<Product> ofShop(ShopId owner, PageRequest page) {
            return new Page<>(products.values().stream().filter(p -> p.shopId().equals(owner)).limit(page.limit()).toList(), null);
        }
    }

    private final class MapPlans implements Plans {
        @Override
        public void add(Plan plan) {
            plans.put(plan.id(), plan);
        }

        @Override
        public void update(Plan plan) {
            plans.put(plan.id(), plan);
        }

        @Override
        public Optional<Plan> byId(UUID id) {
            return Optional.ofNullable(plans.get(id));
        }

        @Override
        public Optional<Plan> lockById(UUID id) {
            return byId(id);
        }

        @Override
        public java.util.List<Plan> activeOfProduct(UUID productId) {
            return plans.values().stream().filter(p -> p.productId().equals(productId) && p.isActive()).toList();
        }

        @Override
        public Page<Plan> ofShop(ShopId owner, PageRequest page) {
            return new Page<>(plans.values().stream().filter(p -> p.shopId().equals(owner)).limit(page.limit()).toList(), null);
        }

        @Override
        public Page<Plan> active(ShopId shopOrNull, PageRequest page) {
            return new Page<>(plans.values().stream().filter(Plan::isActive)
                    .filter(p -> shopOrNull == null || p.shopId().equals(shopOrNull)).limit(page.limit()).toList(), null);
        }
    }
}

package contract;

import adapters.persistence.PanacheDeliveries;
import adapters.persistence.PanachePlans;
import adapters.persistence.PostgresProducts;
import adapters.persistence.PanacheShops;
import adapters.persistence.PanacheSubscriptions;
import adapters.persistence.PostgresFundingSources;
import adapters.persistence.PostgresTopUps;
import domain.catalog.Plan;
import domain.catalog.PlanKind;
import domain.catalog.Product;
import domain.catalog.Shop;
import domain.catalog.ShopId;
import domain.delivery.Deliveries;
import domain.shared.Money;
import domain.subscription.Subscriptions;
import domain.wallet.FundingSources;
import domain.wallet.TopUps;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** The surroundings written through the app's own adapters, in the test's transaction. */
@ApplicationScoped
public class PostgresSurroundings implements Surroundings {
    private final PanacheShops shops;
    private final PostgresProducts products;
    private final PanachePlans plans;
    private final PanacheSubscriptions subscriptions;
    private final PanacheDeliveries deliveries;
    private final PostgresFundingSources sources;
    private final PostgresTopUps topUps;

    PostgresSurroundings(PanacheShops shops, PostgresProducts products, PanachePlans plans, PanacheSubscriptions subscriptions,
                         PanacheDeliveries deliveries, PostgresFundingSources sources, PostgresTopUps topUps) {
        this.shops = shops;
        this.products = products;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.sources = sources;
        this.topUps = topUps;
    }

    @Override
    public Plan plan(PlanKind kind) {
        ShopId shop = ShopId.random();
        shops.add(new Shop(shop, "contract shop " + shop, AT));
        Product product = new Product(UUID.randomUUID(), shop, "Jeju water 2L x 6", null, Money.won(9_900),
                domain.catalog.ProductDetails.NONE, domain.catalog.ProductStatus.ACTIVE, AT);
        products.add(product);
        Plan plan = Stored.plan(shop, product.id(), kind);
        plans.add(plan);
        Panache.getEntityManager().flush(); // subscriptions and deliveries are inserted in plain JDBC and refer to it
        return plan;
    }

    @Override
    public Subscriptions subscriptionStore() {
        return subscriptions;
    }

    @Override
    public Deliveries deliveryStore() {
        return deliveries;
    }

    @Override
    public FundingSources fundingSourceStore() {
        return sources;
    }

    @Override
    public TopUps topUpStore() {
        return topUps;
    }
}

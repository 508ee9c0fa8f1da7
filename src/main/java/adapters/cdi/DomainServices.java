package adapters.cdi;

import domain.catalog.CatalogService;
import domain.catalog.Plans;
import domain.catalog.Products;
import domain.catalog.ShopRegistration;
import domain.catalog.Shops;
import domain.delivery.Deliveries;
import domain.delivery.FulfilmentService;
import domain.shared.BusinessCalendar;
import domain.subscription.SubscriptionService;
import domain.subscription.Subscriptions;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the domain services from their outbound ports. The services are plain Java; this is the
 * only place that knows how they are put together. Each service is injectable as its use-case interfaces.
 */
public class DomainServices {

    @Produces
    @Singleton
    BusinessCalendar calendar() {
        return new BusinessCalendar(Clock.systemUTC());
    }

    @Produces
    @Singleton
    ShopRegistration shopRegistration(Shops shops, BusinessCalendar calendar) {
        return new ShopRegistration(shops, calendar);
    }

    @Produces
    @Singleton
    CatalogService catalog(Products products, Plans plans, BusinessCalendar calendar) {
        return new CatalogService(products, plans, calendar);
    }

    @Produces
    @Singleton
    SubscriptionService subscriptions(Subscriptions subscriptions, Deliveries deliveries, Plans plans,
                                      BusinessCalendar calendar,
                                      @ConfigProperty(name = "gudok.deliveries.upcoming", defaultValue = "3") int upcoming) {
        return new SubscriptionService(subscriptions, deliveries, plans, calendar, upcoming);
    }

    @Produces
    @Singleton
    FulfilmentService fulfilment(Deliveries deliveries, BusinessCalendar calendar) {
        return new FulfilmentService(deliveries, calendar);
    }
}

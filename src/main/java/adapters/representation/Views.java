package adapters.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import domain.catalog.ApiKey;
import domain.catalog.DeliveryCycle;
import domain.catalog.Plan;
import domain.catalog.Product;
import domain.catalog.ProductDetails;
import domain.catalog.Region;
import domain.catalog.RentalTerms;
import domain.catalog.Shop;
import domain.delivery.Delivery;
import domain.delivery.DeliveryAddress;
import domain.delivery.Shipment;
import domain.shared.Money;
import domain.shared.Page;
import domain.subscription.Cancellation;
import domain.subscription.Subscription;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The public representations of the platform's resources: what the REST API answers and what events carry, one
 * shape for both. Money is an integer amount with its currency; instants are UTC, dates are Seoul business dates. */
public final class Views {
    private Views() { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PageView<T>(List<T> items, String next) {
        public static <D, T> PageView<T> of(Page<D> page, Function<D, T> view) {
            return new PageView<>(page.items().stream().map(view).toList(), page.next());
        }
    }

    public record ShopView(UUID id, String name, Instant registeredAt) {
        public static ShopView of(Shop shop) {
            return new ShopView(shop.id().value(), shop.name(), shop.registeredAt());
        }
    }


    /** An API key as lists show it: never the key itself, only its first characters; revokedAt once revoked. */
    public record ApiKeyView(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public static ApiKeyView of(ApiKey key) {
            return new ApiKeyView(key.id(), key.name(), key.prefix(), key.createdAt(), key.lastUsedAt(), key.revokedAt());
        }
    }


    @JsonInclude(JsonInclude.Include.NON_NULL)
    /** {@code category} is absent when the shop gave none; {@code regions} are where it is delivered ({@code kr}: everywhere). */
    public record ProductView(UUID id, UUID shopId, String name, String description, Money unitPrice,
                              @Schema(description = "A code of the category tree (docs/catalog.md), e.g. food.coffee") String category,
                              List<String> tags, List<String> imageUrls,
                              @Schema(description = "Region codes: kr (nationwide), a province like busan, a Seoul district like seoul.gangnam") List<String> regions,
                              @Schema(enumeration = {"ACTIVE", "RETIRED"}) String status, Instant createdAt) {
        public static ProductView of(Product p) {
            ProductDetails d = p.details();
            return new ProductView(p.id(), p.shopId().value(), p.name(), p.description(), p.unitPrice(),
                    d.category() == null ? null : d.category().code(), d.tags(), d.imageUrls(),
                    d.regions().stream().map(Region::code).toList(), p.status().name(), p.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CycleView(String type, Integer everyWeeks, DayOfWeek dayOfWeek, Integer dayOfMonth) {
        public static CycleView of(DeliveryCycle cycle) {
            if (cycle instanceof DeliveryCycle.Weekly w) return new CycleView("WEEKLY", w.everyWeeks(), w.dayOfWeek(), null);
            if (cycle instanceof DeliveryCycle.Monthly m) return new CycleView("MONTHLY", null, null, m.dayOfMonth());
            return null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PlanView(UUID id, UUID shopId, UUID productId, String name, String kind, String status,
                           Money price, CycleView cycle, RentalTerms rental, Instant createdAt) {
        public static PlanView of(Plan p) {
            return new PlanView(p.id(), p.shopId().value(), p.productId(), p.name(), p.kind().name(), p.status().name(),
                    p.pricePerDelivery(), CycleView.of(p.cycle()), p.rentalTerms(), p.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PauseView(LocalDate from, LocalDate until) { }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubscriptionView(UUID id, UUID planId, UUID shopId, String kind, String state, int quantity,
                                   DeliveryAddress address, LocalDate startDate, PauseView pause,
                                   LocalDate commitmentEndsOn, Cancellation cancellation, Instant createdAt) {
        public static SubscriptionView of(Subscription s) {
            PauseView pause = s.pause() == null ? null : new PauseView(s.pause().from(), s.pause().until());
            return new SubscriptionView(s.id(), s.planId(), s.shopId().value(), s.kind().name(), s.state().name(),
                    s.quantity(), s.address(), s.startDate(), pause, s.commitmentEndsOn(), s.cancellation(), s.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DeliveryView(UUID id, UUID subscriptionId, UUID shopId, UUID planId, int cycleNumber,
                               LocalDate date, LocalDate originalDate, int quantity, String state, String skipReason,
                               DeliveryAddress address, Shipment shipment, Instant deliveredAt) {
        public static DeliveryView of(Delivery d) {
            return new DeliveryView(d.id(), d.subscriptionId(), d.shopId().value(), d.planId(), d.cycleNumber(),
                    d.date(), d.originalDate(), d.quantity(), d.state().name(),
                    d.skipReason() == null ? null : d.skipReason().name(), d.address(), d.shipment(), d.deliveredAt());
        }
    }
}
